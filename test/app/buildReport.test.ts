import { buildReport } from "../../src/app/buildReport";
import { makeCadre } from "../../src/core/attainment/makeCadre.testHelper";
import { finding } from "../../src/core/findings";
import type { TableBlock, TextBlock } from "../../src/core/sheet";
import { DEFAULT_FRAMEWORK } from "../../src/core/standards";
import { messagesFor } from "../../src/i18n";

const vi = messagesFor("vi");

const request = { year: 2019, standards: DEFAULT_FRAMEWORK, messages: vi, date: new Date(2020, 0, 15) };
const texts = (blocks: readonly unknown[]) =>
  (blocks as TextBlock[]).filter((b) => b.kind === "text").map((b) => b.text);

describe("buildReport", () => {
  it("writes no tables of zeros when no roster could be read: the first sheet says so", () => {
    const unreadable = finding("unreadable-file", { problem: "corrupted" }, { file: "x/hong.xlsx" });
    const report = buildReport([], [unreadable], request);
    expect(report.sheets.map((s) => s.name)).toEqual(["Thông tin báo cáo", "KQ Kiểm tra"]);
    expect(report.complete).toBe(false);
    expect(texts(report.sheets[0].blocks).some((t) => t.startsWith("KHÔNG CÓ SỐ LIỆU"))).toBe(true);
  });

  it("counts a person listed twice once, and links findings to the file by its name", () => {
    const an = makeCadre({
      fullName: "Nguyễn Văn An",
      file: "don-vi/a.xlsx",
      sheet: "DS",
      nameCell: "B5",
      level: "co-so",
    });
    const again = { ...an, nameCell: "B9", row: 9 };
    const dup = finding(
      "duplicate-person",
      { name: an.fullName, otherSheet: "DS", otherCell: "B5" },
      { file: "don-vi/a.xlsx", sheet: "DS", cell: "B9", row: 9 },
    );
    const report = buildReport([an, again], [dup], request);
    expect(report.info).toMatchObject({ rowsRead: 2, duplicates: 1, counted: 1 });
    expect(report.statistics.rows[0].values).toEqual([1, 1]);
    const kq = report.sheets[1].blocks.find((b): b is TableBlock => b.kind === "table")!;
    expect(kq.links?.targets[0]).toEqual({ file: "a.xlsx", sheet: "DS", cell: "B9" });
  });

  it("marks every figure sheet incomplete when an input could not be used", () => {
    const report = buildReport([makeCadre({ level: "tinh" })], [], {
      ...request,
      problems: ["Không dùng được kinh-phi.xlsx."],
    });
    expect(report.complete).toBe(false);
    // the figure sheets (the plan's own appendix is a copy, not a figure)
    for (const sheet of report.sheets.slice(2, 5))
      expect([sheet.name, texts(sheet.blocks).some((t) => t.startsWith("Số liệu chưa đầy đủ"))]).toEqual([
        sheet.name,
        true,
      ]);
    expect(texts(report.sheets[0].blocks)).toContain("Không dùng được kinh-phi.xlsx.");
  });
});
