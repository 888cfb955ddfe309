import { join } from "node:path";
import type { SheetSpec } from "../core/sheet";
import { xlsxBytes } from "../../test/helpers/excelFiles";
import { makeTempDir } from "../../test/helpers/tempDir";
import { readZipText } from "../../test/helpers/zipReader";
import { rewriteXlsx } from "../../test/helpers/zipRewrite";
import { referencedSheet } from "./ownership";
import { WorkbookError } from "./port";
import { readFileSync } from "node:fs";
import { XlsxWorkbook } from "./xlsxFile";
import { saveXlsxFile } from "./xlsxNode";

const report = (name: string, title: string): SheetSpec => ({
  name,
  blocks: [
    { kind: "text", row: 0, col: 0, text: title, style: "title" },
    { kind: "table", name: "KQKiemTra", row: 2, col: 0, columns: [{ header: "Ô" }], rows: [[title]] },
  ],
  page: { orientation: "portrait" },
});

/** A submitted roster: the user's own sheets, one of them already named like our report. */
const userWorkbook = () =>
  xlsxBytes((wb) => {
    wb.addWorksheet("DS cán bộ").getCell("A1").value = "Họ và tên";
    wb.addWorksheet("KQ KIỂM TRA").getCell("A1").value = "Bảng của người dùng";
    wb.addWorksheet("Ghi chú").getCell("B2").value = 42;
  });

describe("sheet ownership", () => {
  const tmp = makeTempDir();
  afterAll(tmp.cleanup);

  it("replaces a sheet it wrote, in place, even after the file was saved and reopened", async () => {
    const book = await XlsxWorkbook.open(await userWorkbook());
    await book.writeSheet(report("Báo cáo", "lần 1"));
    await book.writeSheet(report("Ghi chú 2", "khác"));
    const file = join(tmp.dir, "owned.xlsx");
    await saveXlsxFile(book, file);

    const again = await XlsxWorkbook.open(readFileSync(file));
    await again.writeSheet(report("Báo cáo", "lần 2"));
    expect((await again.listSheets()).map((s) => s.name)).toEqual([
      "DS cán bộ",
      "KQ KIỂM TRA",
      "Ghi chú",
      "Báo cáo",
      "Ghi chú 2",
    ]);
    const out = await again.toBytes();
    const g = await (await XlsxWorkbook.open(out)).readSheet("Báo cáo");
    expect(g.values).toEqual([["lần 2"], [], ["Ô"], ["lần 2"]]);
    // The old sheet's table went with it, so the new one keeps the name.
    expect(readZipText(out, "xl/tables/table1.xml")).toContain('name="KQKiemTra"');
    expect(readZipText(out, "xl/tables/table2.xml")).toContain('name="KQKiemTra_2"');
    // One name per owned sheet, kept across the replacement.
    const names = [
      ...(readZipText(out, "xl/workbook.xml") ?? "").matchAll(
        /<definedName name="(canbo_owned_\d+)">([^<]*)</g,
      ),
    ].map((m) => [m[1], m[2]]);
    expect(names).toEqual([
      ["canbo_owned_1", "&apos;Báo cáo&apos;!$A$1"],
      ["canbo_owned_2", "&apos;Ghi chú 2&apos;!$A$1"],
    ]);
  });

  it("refuses to replace a sheet it did not write, whatever the case of the name, and changes nothing", async () => {
    const original = await userWorkbook();
    const book = await XlsxWorkbook.open(original);
    const before = await book.listSheets();
    const error = await book.writeSheet(report("KQ Kiểm tra", "x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ problem: "not-owned", sheet: "KQ KIỂM TRA" });
    expect(await book.listSheets()).toEqual(before);
    expect((await book.readSheet("KQ KIỂM TRA")).values).toEqual([["Bảng của người dùng"]]);
    const out = await book.toBytes();
    expect(readZipText(out, "xl/workbook.xml")).not.toContain("canbo_owned");
    expect(out.length).toBeGreaterThan(0);
  });

  it("does not claim a sheet the user made after deleting ours (Excel turns our name into #REF!)", async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheet(report("KQ Kiểm tra", "của canbo"));
    const deleted = rewriteXlsx(await book.toBytes(), (name, text) =>
      name === "xl/workbook.xml"
        ? text.replace(/(<definedName name="canbo_owned_1">)[^<]*/, "$1#REF!")
        : text,
    );
    const reopened = await XlsxWorkbook.open(deleted);
    await expect(reopened.writeSheet(report("KQ Kiểm tra", "mới"))).rejects.toMatchObject({
      problem: "not-owned",
    });
  });

  it("follows the sheet when the user renames it (Excel rewrites the name's reference)", async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheet(report("KQ Kiểm tra", "cũ"));
    const renamed = rewriteXlsx(await book.toBytes(), (name, text) =>
      name === "xl/workbook.xml" ? text.replace(/KQ Kiểm tra/g, "KQ năm trước") : text,
    );
    const reopened = await XlsxWorkbook.open(renamed);
    // The renamed sheet is still ours; the old name is free for a new report.
    await reopened.writeSheet(report("KQ năm trước", "thay"));
    await reopened.writeSheet(report("KQ Kiểm tra", "mới"));
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual(["KQ năm trước", "KQ Kiểm tra"]);
  });

  it("leaves the workbook as it was when building the sheet fails", async () => {
    const book = await XlsxWorkbook.open(await userWorkbook());
    await book.writeSheet(report("Báo cáo", "tốt"));
    const broken: SheetSpec = {
      name: "Báo cáo",
      blocks: [
        { kind: "text", row: 0, col: 0, text: "a", span: 3 },
        { kind: "text", row: 0, col: 1, text: "b", span: 3 },
      ],
      page: { orientation: "portrait" },
    };
    await expect(book.writeSheet(broken)).rejects.toThrow();
    expect((await book.listSheets()).map((s) => s.name)).toEqual([
      "DS cán bộ",
      "KQ KIỂM TRA",
      "Ghi chú",
      "Báo cáo",
    ]);
    expect((await book.readSheet("Báo cáo")).values[0]).toEqual(["tốt"]);
  });

  it("reads sheet names out of references", () => {
    expect(referencedSheet("'KQ Kiểm tra'!$A$1")).toBe("KQ Kiểm tra");
    expect(referencedSheet("'Bob''s'!$A$1")).toBe("Bob's");
    expect(referencedSheet("Sheet1!$A$1")).toBe("Sheet1");
    expect(referencedSheet("$A$1")).toBeUndefined();
  });
});
