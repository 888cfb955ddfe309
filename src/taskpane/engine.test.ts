import { readFileSync } from "node:fs";
import path from "node:path";
import { messagesFor } from "../i18n";

const vi = messagesFor("vi");
import { Engine, type CheckView, type FileView } from "./engine";
import { YEARLY_REPORT_SHEETS } from "../../test/helpers/reportSheets";

const root = path.join(__dirname, "..", "..");
const read = (file: string) => new Uint8Array(readFileSync(path.join(root, file)));

// Node has no web Worker: this is the engine as the worker runs it (the browser tests cover the worker itself).
describe("the pane's engine", () => {
  it("checks an opened file, keeps its cadres for the report and gives the pane only what it shows", async () => {
    const engine = new Engine();
    const steps = new Set<string>();
    const out = (await engine.run(
      {
        kind: "check-file",
        name: "cdcs.xlsx",
        bytes: read("samples/cdcs-truong-thcs-an-thoi.xlsx"),
        year: 2019,
        lang: "vi",
      },
      (p) => steps.add(p.step),
    )) as FileView;
    expect(out.kind).toBe("roster");
    const view = (out as { view: CheckView }).view;
    expect(view.summary).toEqual({ cadres: 15, errors: 7, warnings: 4, infos: 2 });
    expect("cadres" in view).toBe(false);
    // The list comes ready to show: 13 findings, the person named where the finding is about one (E14).
    expect(view.sections.reduce((n, sec) => n + sec.lines.length, 0)).toBe(13);
    const e14 = view.sections.flatMap((sec) => sec.lines).find((l) => l.finding.cell === "E14");
    expect(e14?.name).toBe("Dương Văn Khoa");
    // A file's cells are not the open workbook's: nothing of it is offered for highlighting.
    expect(view.highlight).toEqual([]);
    expect([...steps]).toEqual(expect.arrayContaining(["read", "check"]));

    const report = await engine.run(
      {
        kind: "report",
        keys: [view.key],
        output: "sheets",
        inputs: {
          year: 2019,
          date: Date.UTC(2020, 0, 15),
          lang: "vi",
          issuer: "LĐLĐ tỉnh Bến Tre",
          place: "Bến Tre",
          problems: [],
        },
      },
      () => undefined,
    );
    expect(report.kind === "report-sheets" && report.report.sheets.map((s) => s.name)).toEqual(
      YEARLY_REPORT_SHEETS(2019),
    );
  });

  it("gives the sentence for a file that cannot be used or holds no roster", async () => {
    const engine = new Engine();
    const check = (file: string) =>
      engine.run(
        { kind: "check-file", name: "x.xlsx", bytes: read(file), year: 2019, lang: "vi" },
        () => undefined,
      );
    expect(await check("test/fixtures/bad/mat-khau.xlsx")).toEqual({
      kind: "unreadable",
      error: vi.fileProblems.encrypted,
    });
    expect(await check("test/fixtures/bad/chi-tieu-de.xlsx")).toEqual({
      kind: "unreadable",
      error: vi.fileProblems["no-roster"],
    });
  });

  it("takes a finance workbook given among the units' files for what it is", async () => {
    const out = await new Engine().run(
      {
        kind: "check-file",
        name: "kinh-phi.xlsx",
        bytes: read("samples/kinh-phi.xlsx"),
        year: 2019,
        lang: "vi",
      },
      () => undefined,
    );
    expect(out.kind).toBe("finance");
  });

  it("forgets a check when asked, so a report of it must check again", async () => {
    const engine = new Engine();
    const out = (await engine.run(
      {
        kind: "check-file",
        name: "a.xlsx",
        bytes: read("samples/cdcs-truong-thcs-an-thoi.xlsx"),
        year: 2019,
        lang: "vi",
      },
      () => undefined,
    )) as { kind: "roster"; view: CheckView };
    await engine.run({ kind: "forget", keys: [out.view.key] }, () => undefined);
    await expect(
      engine.run(
        {
          kind: "report",
          keys: [out.view.key],
          output: "sheets",
          inputs: { year: 2019, date: 0, lang: "vi", problems: [] },
        },
        () => undefined,
      ),
    ).rejects.toThrow("no longer kept");
  });
  it("consolidates the checks it keeps into one roster, each person once (Tổng hợp)", async () => {
    const engine = new Engine();
    const check = async (file: string) =>
      (
        (await engine.run(
          { kind: "check-file", name: path.basename(file), bytes: read(file), year: 2019, lang: "vi" },
          () => undefined,
        )) as { view: CheckView }
      ).view.key;
    // Files 01 and 16 of the corpus: 17 and 16 cadres, nobody in both (test/fixtures/rosters/README.md).
    const keys = [
      await check("test/fixtures/rosters/01-ldld-huyen-nghi-loc-2019.xlsx"),
      await check("test/fixtures/rosters/16-ldld-tinh-gia-lai-khoi-a-b-2019.xlsx"),
    ];
    const inputs = { year: 2019, date: Date.UTC(2020, 0, 15), lang: "vi", problems: [] };
    const sheets = await engine.run({ kind: "consolidate", keys, inputs, output: "sheets" }, () => undefined);
    expect(sheets.kind === "consolidated-sheets" && sheets.people).toBe(33);
    expect(sheets.kind === "consolidated-sheets" && sheets.sheets.map((x) => x.name)).toEqual([
      "Thông tin báo cáo",
      "Tổng hợp 2019",
    ]);
    const file = await engine.run({ kind: "consolidate", keys, inputs, output: "xlsx" }, () => undefined);
    expect(file.kind === "consolidated-bytes" && file.bytes.length).toBeGreaterThan(1000);
  });

  it("makes a file's fixed copy and says what changed, the bytes given unchanged (Tải bản đã sửa)", async () => {
    const engine = new Engine();
    const bytes = read("test/fixtures/rosters/01-ldld-huyen-nghi-loc-2019.xlsx");
    const copy = bytes.slice();
    const out = await engine.run({ kind: "fixed-copy", name: "01.xlsx", bytes, year: 2019 }, () => undefined);
    if (out.kind !== "fixed-bytes") throw new Error(out.kind);
    // File 01 writes positions in initials: "Ủy viên BCH" in full, its canonical spelling (scripts/rosters/r01NghiLoc.ts).
    expect(out.changed).toContainEqual({
      sheet: "DS CB CĐ",
      cell: "E19",
      before: "Ủy viên BCH",
      after: "Ủy viên Ban Chấp hành",
    });
    expect(out.counts["canonical-spelling"]).toBe(out.changed.length);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });
});
