import { readSheetXml } from "./readSheetXml";
import { readSharedStrings, readStyleFonts } from "./workbookParts";

/** The XML as it may arrive: cut anywhere, even inside a tag or a character. */
async function* pieces(xml: string, size = 7): AsyncGenerator<string> {
  for (let i = 0; i < xml.length; i += size) yield xml.slice(i, i + size);
}

describe("reading a worksheet's XML into a grid", () => {
  it("places cells with and without references, as writers other than Excel leave them", async () => {
    const xml =
      '<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Họ và tên</t></is></c><c><v>1980</v></c></row>' +
      '<row><c><v>1</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row></sheetData>' +
      '<mergeCells count="1"><mergeCell ref="D1:E2"/></mergeCells></worksheet>';
    const grid = await readSheetXml(pieces(xml), "sheet1.xml", {
      name: "DS",
      sharedStrings: [],
      styleFonts: [],
    });
    expect(grid.values).toEqual([
      ["", "", "", "", ""],
      ["", "Họ và tên", 1980, "", ""],
      [1, true, "#N/A", "", ""],
    ]);
    expect(grid.merges).toEqual([{ top: 0, left: 3, bottom: 1, right: 4 }]);
  });

  it("reads prefixed tags, ISO dates, formulas with and without a result, and fonts by style", async () => {
    const xml =
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1" t="d"><x:v>1980-05-17T00:00:00</x:v></x:c>' +
      '<x:c r="B1" s="1"><x:f>A1+1</x:f><x:v>29359</x:v></x:c><x:c r="C1"><x:f>1/0</x:f></x:c>' +
      '<x:c r="D1" t="s" s="1"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const grid = await readSheetXml(pieces(xml, 5), "sheet1.xml", {
      name: "DS",
      sharedStrings: ["NguyÔn"],
      styleFonts: ["Calibri", ".VnTime"],
    });
    expect(grid.values).toEqual([[29358, 29359, "", "NguyÔn"]]);
    expect([grid.fonts?.[0][0], grid.fonts?.[0][1], grid.fonts?.[0][3]]).toEqual([
      "Calibri",
      ".VnTime",
      ".VnTime",
    ]);
  });

  it("takes shared strings from rich runs without their phonetic guides, and undoes Excel's _xHHHH_ escapes", async () => {
    const xml =
      "<sst><si><t>Trần</t></si><si><r><t>Lê </t></r><r><rPr><b/></rPr><t>Văn</t></r><rPh><t>ふりがな</t></rPh></si>" +
      "<si><t>dòng 1_x000D_dòng 2</t></si></sst>";
    expect(await readSharedStrings(pieces(xml, 3))).toEqual(["Trần", "Lê Văn", "dòng 1\rdòng 2"]);
  });

  it("gives each cell style the name of its font", async () => {
    const xml =
      '<styleSheet><fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font><font><name val="VNI-Times"/></font></fonts>' +
      '<cellXfs count="3"><xf fontId="0"/><xf fontId="1"/><xf/></cellXfs></styleSheet>';
    expect(await readStyleFonts(pieces(xml))).toEqual(["Times New Roman", "VNI-Times", "Times New Roman"]);
  });
});
