import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCfb } from "../../test/helpers/cfbWriter";
import { xlsxBytes } from "../../test/helpers/excelFiles";
import { makeTempDir } from "../../test/helpers/tempDir";
import { WorkbookError } from "./port";
import { XlsxWorkbook } from "./xlsxFile";
import { readXlsxGrids, saveXlsxFile } from "./xlsxNode";

describe("readXlsxGrids / saveXlsxFile", () => {
  const tmp = makeTempDir();
  afterAll(tmp.cleanup);

  it("opens a workbook from disk", async () => {
    const file = join(tmp.dir, "Ba Tri.xlsx");
    writeFileSync(
      file,
      await xlsxBytes((wb) => void (wb.addWorksheet("DS").getCell("A1").value = "Họ và tên")),
    );
    const book = await readXlsxGrids(file);
    expect((await book.readSheet("DS")).values).toEqual([["Họ và tên"]]);
  });

  it("says not-found for a missing path and not-a-workbook for a folder", async () => {
    const missing = join(tmp.dir, "không có.xlsx");
    await expect(readXlsxGrids(missing)).rejects.toEqual(new WorkbookError("not-found", missing));
    await expect(readXlsxGrids(join(tmp.dir, "no-dir", "x.xlsx"))).rejects.toMatchObject({
      problem: "not-found",
    });
    mkdirSync(join(tmp.dir, "folder.xlsx"));
    await expect(readXlsxGrids(join(tmp.dir, "folder.xlsx"))).rejects.toMatchObject({
      problem: "not-a-workbook",
    });
  });

  it("refuses a file over the limit from its size alone", async () => {
    const file = join(tmp.dir, "big.xlsx");
    writeFileSync(file, Buffer.alloc(2048));
    await expect(readXlsxGrids(file, { maxFileBytes: 1024 })).rejects.toEqual(
      new WorkbookError("too-large", "big.xlsx: 0.0 MB > 0.0 MB"),
    );
  });

  it("passes the sniffer's verdict on, with the file name", async () => {
    const xls = join(tmp.dir, "cũ.xls");
    writeFileSync(xls, buildCfb(["Workbook"]));
    await expect(readXlsxGrids(xls)).rejects.toEqual(new WorkbookError("legacy-xls", "cũ.xls"));
    const csv = join(tmp.dir, "ds.xlsx");
    writeFileSync(csv, "STT,Họ và tên\n1,A\n");
    await expect(readXlsxGrids(csv)).rejects.toMatchObject({ problem: "csv" });
    const empty = join(tmp.dir, "rỗng.xlsx");
    writeFileSync(empty, "");
    await expect(readXlsxGrids(empty)).rejects.toEqual(new WorkbookError("empty", "rỗng.xlsx: 0 bytes"));
  });

  it("maps what ExcelJS cannot read to corrupted", async () => {
    const good = await xlsxBytes((wb) => void (wb.addWorksheet("DS").getCell("A1").value = "x".repeat(5000)));
    // Damage the middle of the file: the zip directory is intact, the compressed data is not.
    const bad = Buffer.from(good);
    for (let i = 200; i < 1200; i++) bad[i] ^= 0x5a;
    const file = join(tmp.dir, "hỏng.xlsx");
    writeFileSync(file, bad);
    const error = await readXlsxGrids(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).problem).toBe("corrupted");
    expect((error as WorkbookError).message).toMatch(/^corrupted: hỏng\.xlsx: /);
  });

  it("saves atomically: replaces the old file in one step and leaves no temporary file", async () => {
    const dir = join(tmp.dir, "save");
    mkdirSync(dir);
    const file = join(dir, "báo cáo.xlsx");
    writeFileSync(file, "old");
    const book = XlsxWorkbook.create();
    await book.writeSheet({
      name: "KQ",
      blocks: [{ kind: "text", row: 0, col: 0, text: "mới" }],
      page: { orientation: "portrait" },
    });
    await saveXlsxFile(book, file);
    expect(readdirSync(dir)).toEqual(["báo cáo.xlsx"]);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    expect((await (await readXlsxGrids(file)).readSheet("KQ")).values).toEqual([["mới"]]);
  });

  it("leaves nothing behind when the folder does not exist", async () => {
    const book = XlsxWorkbook.create();
    await expect(saveXlsxFile(book, join(tmp.dir, "nowhere", "x.xlsx"))).rejects.toMatchObject({
      code: "ENOENT",
    });
    expect(readdirSync(tmp.dir).some((n) => n.endsWith(".tmp"))).toBe(false);
  });
});
