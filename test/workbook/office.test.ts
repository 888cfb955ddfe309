import type { SheetSpec } from "../../src/core/sheet";
import { describeFailure } from "../../src/app/describeFailure";
import { messagesFor } from "../../src/i18n";
import { OfficeWorkbook, type ExcelRunner } from "../../src/workbook/office";
import { MAX_REQUEST_BYTES } from "../../src/workbook/officePlan";
import { WorkbookError } from "../../src/workbook/port";
import { FakeExcel, FakeSheet } from "../helpers/fakeExcel";

function workbook(sheets: Record<string, (string | number)[][]>): { fake: FakeExcel; port: OfficeWorkbook } {
  const fake = new FakeExcel();
  for (const [name, rows] of Object.entries(sheets)) {
    const s = new FakeSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => (s.cell(r, c).v = v)));
    fake.sheets.push(s);
  }
  return { fake, port: new OfficeWorkbook(fake.run) };
}

const report = (name: string, rows: (string | number)[][]): SheetSpec => ({
  name,
  blocks: [
    { kind: "text", row: 0, col: 0, text: "KẾT QUẢ", style: "title", span: 3 },
    {
      kind: "table",
      name: "KQ",
      row: 2,
      col: 0,
      columns: [{ header: "Ô" }, { header: "Nội dung" }, { header: "Số", format: "integer" }],
      rows,
      links: { column: 0, targets: rows.map(() => ({ sheet: "DS", cell: "B5" })) },
    },
  ],
  page: { orientation: "landscape", repeatRows: [2, 2], scale: 100 },
  freezeRows: 3,
});

const wait = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("OfficeWorkbook through a counting fake of Excel", () => {
  it("refuses a sheet whose used range is wider than a roster before asking Excel for its values", async () => {
    const { fake, port } = workbook({ DS: [["STT", "Họ và tên"]] });
    fake.sheets[0].cell(4, 1024).v = "x"; // AMK5: column 1,025
    const e = await wait(port.readSheet("DS"));
    expect(e).toBeInstanceOf(WorkbookError);
    expect(e).toMatchObject({ problem: "too-many-columns", sheet: "DS" });
  });

  it("lists sheets and reads one as a grid anchored at A1", async () => {
    const { port } = workbook({
      DS: [
        ["STT", "Họ và tên"],
        [1, "Nguyễn Văn An"],
      ],
      Trống: [],
    });
    expect(await port.listSheets()).toEqual([
      { name: "DS", rowCount: 2, columnCount: 2, visible: true, owned: false },
      { name: "Trống", rowCount: 0, columnCount: 0, visible: true, owned: false },
    ]);
    expect((await port.readSheet("DS")).values).toEqual([
      ["STT", "Họ và tên"],
      [1, "Nguyễn Văn An"],
    ]);
    expect((await port.readSheet("DS", { rows: 1 })).values).toEqual([["STT", "Họ và tên"]]);
    const missing = await wait(port.readSheet("Không có"));
    expect(missing).toBeInstanceOf(WorkbookError);
    expect(missing).toMatchObject({ problem: "sheet-missing", sheet: "Không có" });
  });

  it("reads a 1904-system workbook's dates as 1900-system serials, and only its dates", async () => {
    // Born 01/03/1950: serial 18,323 in the 1900 system, 16,861 in the 1904 system of Excel for Mac's old files.
    const { fake, port } = workbook({
      DS: [
        ["STT", "Họ và tên", "Ngày sinh", "Năm vào Đảng"],
        [1, "Nguyễn Văn Hùng", 16_861, 1975],
      ],
    });
    fake.date1904 = true;
    fake.sheets[0].cell(1, 2).nf = "dd/mm/yyyy";
    expect((await port.readSheet("DS")).values[1]).toEqual([1, "Nguyễn Văn Hùng", 18_323, 1975]);
    fake.date1904 = false;
    expect((await port.readSheet("DS")).values[1]).toEqual([1, "Nguyễn Văn Hùng", 16_861, 1975]);
  });

  it("writes a report sheet as values, a table and links, owns it, and replaces only what it owns", async () => {
    const { fake, port } = workbook({ DS: [["x"]], "KQ Kiểm tra": [["của người dùng"]] });
    const refused = await wait(port.writeSheet(report("KQ Kiểm tra", [["B5", "Thiếu họ tên", 1]])));
    expect(refused).toMatchObject({ problem: "not-owned", sheet: "KQ Kiểm tra" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["DS", "KQ Kiểm tra"]);
    expect(fake.sheet("KQ Kiểm tra")!.value(0, 0)).toBe("của người dùng");

    await port.writeSheet(report("Báo cáo", [["B5", "Thiếu họ tên", 1]]));
    const s = fake.sheet("Báo cáo")!;
    expect([s.value(0, 0), s.value(2, 1), s.value(3, 1), s.value(3, 2)]).toEqual([
      "KẾT QUẢ",
      "Nội dung",
      "Thiếu họ tên",
      1,
    ]);
    expect(s.cell(3, 0).f).toBe(`=HYPERLINK("#'DS'!B5","B5")`);
    expect(s.tables).toEqual([
      { name: "KQ", address: "A3:C4", style: "TableStyleLight1", showBandedRows: false },
    ]);
    expect(s.frozenRows).toBe(3);
    expect((await port.listSheets()).find((x) => x.name === "Báo cáo")?.owned).toBe(true);

    await port.writeSheet(report("Báo cáo", [["C7", "Sai ngày sinh", 2]]));
    expect(fake.sheets.map((x) => x.name)).toEqual(["DS", "KQ Kiểm tra", "Báo cáo"]);
    expect(fake.sheet("Báo cáo")!.value(3, 1)).toBe("Sai ngày sinh");
    expect(fake.names.map((n) => n.name)).toEqual(["canbo_owned_1"]);
    expect(fake.suspended).toBeGreaterThan(0);
  });

  it("writes text that looks like a formula as text, never as a formula", async () => {
    const { fake, port } = workbook({});
    const nasty = ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "@SUM(A1)", "+1-2"];
    await port.writeSheet({
      name: "R",
      blocks: [
        {
          kind: "table",
          name: "T",
          row: 0,
          col: 0,
          columns: [{ header: "Giá trị" }],
          rows: nasty.map((v) => [v]),
        },
      ],
      page: { orientation: "portrait" },
    });
    const s = fake.sheet("R")!;
    expect(nasty.map((_, i) => [s.value(i + 1, 0), s.cell(i + 1, 0).f])).toEqual(
      nasty.map((v) => [v, undefined]),
    );
  });

  it("highlights cells and restores every original fill exactly", async () => {
    const { fake, port } = workbook({ DS: [["a", "b", "c"]] });
    fake.sheet("DS")!.cell(0, 1).fill = "#00FF00";
    await port.highlight([
      { sheet: "DS", cell: "A1" },
      { sheet: "DS", cell: "B1" },
    ]);
    expect([fake.sheet("DS")!.cell(0, 0).fill, fake.sheet("DS")!.cell(0, 1).fill]).toEqual([
      "#FFC7CE",
      "#FFC7CE",
    ]);
    await port.clearHighlight();
    expect([
      fake.sheet("DS")!.cell(0, 0).fill,
      fake.sheet("DS")!.cell(0, 1).fill,
      fake.sheet("DS")!.cell(0, 2).fill,
    ]).toEqual([null, "#00FF00", null]);
  });

  it("remembers the original fills in the workbook, so a later session clears them", async () => {
    const { fake, port } = workbook({ DS: [["a", "b", "c"]] });
    const s = fake.sheet("DS")!;
    s.cell(0, 1).fill = "#00FF00";
    await port.highlight([
      { sheet: "DS", cell: "A1", severity: "error" },
      { sheet: "DS", cell: "B1", severity: "warning" },
      { sheet: "DS", cell: "C1", severity: "warning" },
    ]);
    expect([s.cell(0, 0).fill, s.cell(0, 1).fill, s.cell(0, 2).fill]).toEqual([
      "#FFC7CE",
      "#FFEB9C",
      "#FFEB9C",
    ]);
    expect(fake.customXml).toHaveLength(1);
    // The pane is closed and opened again: a new adapter, nothing in memory but the workbook.
    const later = new OfficeWorkbook(fake.run);
    expect(await later.highlightedCells()).toBe(3);
    s.cell(0, 2).fill = "#0000FF"; // the user fills C1 in the meantime: that fill is the user's and stays
    await later.clearHighlight();
    expect([s.cell(0, 0).fill, s.cell(0, 1).fill, s.cell(0, 2).fill]).toEqual([null, "#00FF00", "#0000FF"]);
    expect(fake.customXml).toEqual([]);
    expect(await later.highlightedCells()).toBe(0);
  });

  it("keeps a cell's true original when it is highlighted twice, in two sessions", async () => {
    const { fake, port } = workbook({ DS: [["a"]] });
    fake.sheet("DS")!.cell(0, 0).fill = "#00FF00";
    await port.highlight([{ sheet: "DS", cell: "A1", severity: "warning" }]);
    await new OfficeWorkbook(fake.run).highlight([{ sheet: "DS", cell: "A1", severity: "error" }]);
    expect(fake.sheet("DS")!.cell(0, 0).fill).toBe("#FFC7CE");
    await new OfficeWorkbook(fake.run).clearHighlight();
    expect(fake.sheet("DS")!.cell(0, 0).fill).toBe("#00FF00");
  });

  it("reports its progress while colouring many cells", async () => {
    const rows = Array.from({ length: 4_500 }, (_, r) => [`x${r}`]);
    const { fake, port } = workbook({ DS: rows });
    const steps: string[] = [];
    await port.highlight(
      rows.map((_, r) => ({ sheet: "DS", cell: `A${r + 1}` })),
      (done, total) => steps.push(`${done}/${total}`),
    );
    expect(steps).toEqual(["2000/4500", "4000/4500", "4500/4500"]);
    expect(fake.sheet("DS")!.cell(4_499, 0).fill).toBe("#FFC7CE");
  });

  it("remembers the issuer and the place in the workbook, not the signer", async () => {
    const { fake, port } = workbook({ DS: [["a"]] });
    expect(await port.readSettings()).toEqual({});
    await port.writeSettings({
      parentBody: "TỔNG LĐLĐ VIỆT NAM",
      issuer: "LĐLĐ TỈNH BẾN TRE",
      place: "Bến Tre",
    });
    await port.writeSettings({ issuer: "LĐLĐ TỈNH VĨNH LONG", place: "Vĩnh Long" });
    expect(fake.customXml).toHaveLength(1);
    expect(await new OfficeWorkbook(fake.run).readSettings()).toEqual({
      issuer: "LĐLĐ TỈNH VĨNH LONG",
      place: "Vĩnh Long",
    });
  });

  it("refuses to highlight on a protected sheet before changing anything", async () => {
    const { fake, port } = workbook({ A: [["x"]], B: [["y"]] });
    fake.sheet("B")!.protected = true;
    const e = await wait(
      port.highlight([
        { sheet: "A", cell: "A1" },
        { sheet: "B", cell: "A1" },
      ]),
    );
    expect((e as WorkbookError).problem).toBe("protected");
    expect(fake.sheet("A")!.cell(0, 0).fill).toBeNull();
  });

  it("reads each column's font in one more request, for legacy encodings; mixed columns give none", async () => {
    const { fake, port } = workbook({
      DS: [
        ["Họ và tên", "Ghi chú"],
        ["NguyÔn ThÞ Hoa", "x"],
        ["TrÇn V¨n B×nh", "y"],
      ],
    });
    const s = fake.sheet("DS")!;
    for (let r = 0; r < 3; r++) s.cell(r, 0).font = ".VnTime";
    s.cell(2, 1).font = "Arial";
    const syncs = fake.syncs;
    const grid = await port.readSheet("DS", { fonts: true });
    expect(fake.syncs - syncs).toBe(2);
    expect(grid.fonts).toEqual([
      [".VnTime", undefined],
      [".VnTime", undefined],
      [".VnTime", undefined],
    ]);
  });

  it("selects a cell and activates its sheet", async () => {
    const { fake, port } = workbook({ DS: [["x"]] });
    await port.select({ sheet: "DS", cell: "B15" });
    expect([fake.active, fake.selected]).toEqual(["DS", "'DS'!B15"]);
  });

  it("reads 100,000 × 22 cells in at most ⌈bytes / 4 MB⌉ + 2 syncs, each under 4 MB", async () => {
    const row = Array.from({ length: 22 }, (_, j) => (j % 2 ? `Giá trị ${j}` : 1975 + j));
    const fake = new FakeExcel();
    const s = new FakeSheet("Lớn");
    for (let r = 0; r < 100_000; r++)
      row.forEach((v, c) => s.cells.set(`${r},${c}`, { v, nf: "General", fill: null }));
    fake.sheets.push(s);
    const grid = await new OfficeWorkbook(fake.run).readSheet("Lớn");
    expect(grid.values.length).toBe(100_000);
    const bytes = fake.payloads.reduce((a, b) => a + b, 0);
    expect(fake.syncs).toBeLessThanOrEqual(Math.ceil(bytes / MAX_REQUEST_BYTES) + 2);
    expect(Math.max(...fake.payloads)).toBeLessThan(MAX_REQUEST_BYTES);
  });

  it("writes a whole report (five sheets, one of 20,000 rows) in at most ⌈bytes / 4 MB⌉ + 5 syncs, each under 4 MB", async () => {
    const { fake, port } = workbook({ DS: [["x"]] });
    const findings = Array.from({ length: 20_000 }, (_, i) => [
      `B${i + 10}`,
      `Ô B${i + 10} chưa có họ và tên của cán bộ.`,
      i,
    ]);
    const small = (name: string) => report(name, [["Tổng cộng", "", 42]]);
    const sheets = [
      report("KQ Kiểm tra", findings),
      small("Chỉ tiêu"),
      small("Phụ lục"),
      small("Thống kê"),
      small("Kế hoạch"),
    ];
    await port.writeSheets(sheets);
    const bytes = fake.payloads.reduce((a, b) => a + b, 0);
    expect(fake.syncs).toBeLessThanOrEqual(Math.ceil(bytes / MAX_REQUEST_BYTES) + 5);
    expect(Math.max(...fake.payloads)).toBeLessThan(MAX_REQUEST_BYTES);
    expect(fake.sheets.map((s) => s.name)).toEqual([
      "DS",
      "KQ Kiểm tra",
      "Chỉ tiêu",
      "Phụ lục",
      "Thống kê",
      "Kế hoạch",
    ]);
    expect((await port.listSheets()).filter((s) => s.owned)).toHaveLength(5);
  });

  it("writes a 20,000-row report in at most ⌈bytes / 4 MB⌉ + 5 syncs, each under 4 MB", async () => {
    const { fake, port } = workbook({ DS: [["x"]] });
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `B${i + 10}`,
      `Ô B${i + 10} chưa có họ và tên của cán bộ.`,
      i,
    ]);
    await port.writeSheet(report("KQ", rows));
    const bytes = fake.payloads.reduce((a, b) => a + b, 0);
    expect(fake.syncs).toBeLessThanOrEqual(Math.ceil(bytes / MAX_REQUEST_BYTES) + 5);
    expect(Math.max(...fake.payloads)).toBeLessThan(MAX_REQUEST_BYTES);
  });

  it("selects and activates only a sheet that is there, and names the one deleted meanwhile", async () => {
    const { fake, port } = workbook({ DS: [["x"]] });
    await port.select({ sheet: "DS", cell: "A1" });
    expect([fake.active, fake.selected]).toEqual(["DS", "'DS'!A1"]);
    expect(await wait(port.select({ sheet: "Đã xóa", cell: "A1" }))).toMatchObject({
      problem: "sheet-missing",
      sheet: "Đã xóa",
    });
    expect(await wait(port.activate("Đã xóa"))).toMatchObject({ problem: "sheet-missing", sheet: "Đã xóa" });
  });
});

describe("OfficeWorkbook while the user is typing in a cell", () => {
  /** Excel refuses the first `refusals` requests as office.js does in cell-edit mode, then lets them through. */
  function editing(refusals: number) {
    const fake = new FakeExcel();
    const sheet = new FakeSheet("DS");
    sheet.cell(0, 0).v = "Họ và tên";
    fake.sheets.push(sheet);
    let left = refusals;
    const pauses: number[] = [];
    const run: ExcelRunner = (batch) => {
      if (left-- > 0)
        return Promise.reject(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }));
      return fake.run(batch);
    };
    const port = new OfficeWorkbook(run, {
      tries: 3,
      pauseMs: 1000,
      pause: async (ms) => void pauses.push(ms),
    });
    return { port, pauses };
  }

  it("waits and runs the request again once the cell is left, as script-lab does", async () => {
    const { port, pauses } = editing(2);
    expect((await port.readSheet("DS")).values).toEqual([["Họ và tên"]]);
    expect(pauses).toEqual([1000, 1000]);
  });

  it("gives up after its last try with a cell-editing error the pane words (press Enter or Esc)", async () => {
    const { port, pauses } = editing(3);
    const e = await wait(port.readSheet("DS"));
    expect(e).toBeInstanceOf(WorkbookError);
    expect(e).toMatchObject({ problem: "cell-editing" });
    expect(pauses).toEqual([1000, 1000]);
    expect(describeFailure(e, messagesFor("vi"))).toContain("bấm Enter hoặc Esc");
  });

  it("lets any other failure of Excel through at once, untouched", async () => {
    const other = Object.assign(new Error("boom"), { code: "GeneralException" });
    const pauses: number[] = [];
    const port = new OfficeWorkbook(() => Promise.reject(other), {
      tries: 3,
      pauseMs: 1000,
      pause: async (ms) => void pauses.push(ms),
    });
    expect(await wait(port.listSheets())).toBe(other);
    expect(pauses).toEqual([]);
  });
});
