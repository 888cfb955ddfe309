import { ContentBudget } from "../bounds/contentBudget";
import { DEFAULT_READ_LIMITS } from "../bounds/readLimits";
import { readSharedStrings } from "./readSharedStrings";
import { readSheetBytes } from "./readSheetBytes";
import { parseXmlEvents } from "./xmlEvents";
import { readStyles } from "./workbookParts";

const budget = () => new ContentBudget(DEFAULT_READ_LIMITS);

/** The XML's UTF-8 bytes as they may arrive: cut anywhere, even inside a tag or a character. */
async function* pieces(xml: string, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(xml);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe("reading a worksheet's XML into a grid", () => {
  it("places cells with and without references, as writers other than Excel leave them, each row cut after its last value", async () => {
    const xml =
      '<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Họ và tên</t></is></c><c><v>1980</v></c></row>' +
      '<row><c><v>1</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row></sheetData>' +
      '<mergeCells count="2"><mergeCell ref="B2:C2"/><mergeCell ref="D1:E2"/></mergeCells></worksheet>';
    const grid = await readSheetBytes(pieces(xml), "sheet1.xml", {
      name: "DS",
      sharedStrings: [],
      styleFonts: [],
      budget: budget(),
    });
    // B2:C2 hides 1980, as Excel shows it; D1:E2 merges cells right of every value: it merges nothing.
    expect(grid.values).toEqual([[], ["", "Họ và tên"], [1, true, "#N/A"]]);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it("reads prefixed tags, ISO dates, formulas with and without a result, and fonts by style", async () => {
    const xml =
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1" t="d"><x:v>1980-05-17T00:00:00</x:v></x:c>' +
      '<x:c r="B1" s="1"><x:f>A1+1</x:f><x:v>29359</x:v></x:c><x:c r="C1"><x:f>1/0</x:f></x:c>' +
      '<x:c r="D1" t="s" s="1"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const grid = await readSheetBytes(pieces(xml, 5), "sheet1.xml", {
      name: "DS",
      sharedStrings: ["NguyÔn"],
      styleFonts: ["Calibri", ".VnTime"],
      budget: budget(),
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
    expect(await readSharedStrings(pieces(xml, 3), budget())).toEqual(["Trần", "Lê Văn", "dòng 1\rdòng 2"]);
  });

  it("gives each cell style the name of its font and whether its number format shows a date", async () => {
    const xml =
      '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0&quot; đ&quot;"/></numFmts>' +
      '<fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font><font><name val="VNI-Times"/></font></fonts>' +
      '<cellXfs count="5"><xf fontId="0"/><xf fontId="1" numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="3"/></cellXfs></styleSheet>';
    expect(await readStyles(pieces(xml), budget())).toEqual({
      fonts: ["Times New Roman", "VNI-Times", "Times New Roman", "Times New Roman", "Times New Roman"],
      // dd/mm/yyyy and the built-in 14 (a short date) are dates; "đ" in quotes and #,##0 are not.
      dates: [false, true, true, false, false],
    });
  });

  it("refuses a run of XML without markup, or a comment, longer than the bound, as it arrives", async () => {
    const problem = (xml: string) =>
      parseXmlEvents(pieces(xml, 7), "sheet1.xml", {}, 100).then(
        () => "parsed",
        (e: { problem?: string }) => e.problem,
      );
    expect(await problem(`<a><b>${"x".repeat(90)}</b></a>`)).toBe("parsed");
    expect(await problem(`<a><b>${"x".repeat(200)}</b></a>`)).toBe("too-much-text");
    expect(await problem(`<a b="${"y".repeat(200)}"/>`)).toBe("too-much-text");
    expect(await problem(`<a><!--${"<!".repeat(100)}--></a>`)).toBe("too-much-text");
  });
});
