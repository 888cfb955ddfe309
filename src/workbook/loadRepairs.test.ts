import { xlsxBytes } from "../../test/helpers/excelFiles";
import { readZipText } from "../../test/helpers/zipReader";
import { rewriteXlsx } from "../../test/helpers/zipRewrite";
import { XlsxWorkbook } from "./xlsxFile";

/**
 * A user's workbook with two tables, rewritten the way Excel writes them: no headerRowCount (the default),
 * no hiddenButton on visible buttons, one table without an autoFilter, and Excel's hidden per-sheet
 * _xlnm._FilterDatabase names.
 */
async function excelStyleWorkbook(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((wb) => {
    for (const [i, sheet] of ["DS 1", "DS 2"].entries()) {
      wb.addWorksheet(sheet).addTable({
        name: `Bang${i + 1}`,
        ref: "B2",
        columns: [
          { name: "Họ và tên", filterButton: true },
          { name: "Năm sinh", filterButton: true },
        ],
        rows: [
          ["Nguyễn Văn A", 1980],
          ["Trần Thị B", 1990],
        ],
      });
    }
  });
  return rewriteXlsx(bytes, (name, text) => {
    if (name.startsWith("xl/tables/")) {
      text = text.replace(' headerRowCount="1"', "").replace(/ hiddenButton="0"/g, "");
      if (name.endsWith("table2.xml")) text = text.replace(/<autoFilter[^>]*>.*<\/autoFilter>/, "");
    }
    if (name === "xl/workbook.xml") {
      const names =
        `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'DS 1'!$B$2:$C$4</definedName>` +
        `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'DS 2'!$B$2:$C$4</definedName></definedNames>`;
      text = text.replace("</sheets>", `</sheets>${names}`);
    }
    return text;
  });
}

describe("repairs after loading a workbook written by Excel", () => {
  let out: Uint8Array;
  beforeAll(async () => {
    const book = await XlsxWorkbook.open(await excelStyleWorkbook());
    await book.writeSheet({
      name: "KQ",
      blocks: [{ kind: "text", row: 0, col: 0, text: "báo cáo" }],
      page: { orientation: "portrait" },
    });
    out = await book.toBytes();
  });

  it("keeps the tables' header rows and visible filter buttons when saving again", () => {
    for (const part of ["xl/tables/table1.xml", "xl/tables/table2.xml"]) {
      const xml = readZipText(out, part) ?? "";
      expect(xml).toContain('ref="B2:C4"');
      expect(xml).toContain('headerRowCount="1"');
      expect(xml).toContain(
        '<autoFilter ref="B2:C4"><filterColumn colId="0" hiddenButton="0"/><filterColumn colId="1" hiddenButton="0"/></autoFilter>',
      );
    }
  });

  it("drops Excel's per-sheet filter names instead of merging them into one", () => {
    expect(readZipText(out, "xl/workbook.xml")).not.toContain("_FilterDatabase");
  });

  it("keeps the data", async () => {
    const g = await (await XlsxWorkbook.open(out)).readSheet("DS 2");
    expect(g.values).toEqual([
      [],
      ["", "Họ và tên", "Năm sinh"],
      ["", "Nguyễn Văn A", 1980],
      ["", "Trần Thị B", 1990],
    ]);
  });
});
