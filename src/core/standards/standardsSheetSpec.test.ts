import type { TableBlock, TextBlock } from "../sheet";
import { DEFAULT_FRAMEWORK } from "./defaultFramework";
import { STANDARDS_SHEET_NAME, standardsSheetSpec } from "./standardsSheetSpec";

const spec = standardsSheetSpec(DEFAULT_FRAMEWORK);
const texts = spec.blocks.filter((b): b is TextBlock => b.kind === "text");
const table = spec.blocks.find((b): b is TableBlock => b.kind === "table");

describe("standardsSheetSpec", () => {
  it("is the sheet named Tiêu chuẩn", () => {
    expect(spec.name).toBe(STANDARDS_SHEET_NAME);
    expect(STANDARDS_SHEET_NAME).toBe("Tiêu chuẩn");
  });
  it("starts with the title and the notice, naming the regulations and the override", () => {
    expect(texts[0]).toMatchObject({
      row: 0,
      text: "KHUNG TIÊU CHUẨN CHỨC DANH CÁN BỘ CÔNG ĐOÀN",
      style: "title",
    });
    const notice = texts
      .filter((t) => t.row >= 1 && t.row <= 3)
      .map((t) => t.text)
      .join(" ");
    expect(notice).toBe(DEFAULT_FRAMEWORK.notice.trim());
    for (const rule of [
      "3169/QĐ-TLĐ",
      "2860/QĐ-TLĐ",
      "4135-QĐ/BTCTW",
      "trang tính “Tiêu chuẩn”",
      "đối chiếu",
    ]) {
      expect(notice).toContain(rule);
    }
  });
  it("has a real table with the agreed columns below the notes, within the first 30 rows", () => {
    expect(table?.row).toBeLessThan(30);
    const howTo = texts.find((t) => t.text.startsWith("Cách ghi"));
    expect(howTo && table && howTo.row < table.row).toBe(true);
    expect(table?.columns.map((c) => c.header)).toEqual([
      "Mã",
      "Tên tiêu chuẩn",
      "Cấp công đoàn",
      "Chức danh",
      "Chuyên trách",
      "Trình độ chuyên môn tối thiểu",
      "LLCT tối thiểu",
      "QLNN tối thiểu",
      "Tập huấn nghiệp vụ CĐ",
      "Đảng viên",
      "Tuổi tối đa",
      "Căn cứ",
    ]);
    expect(spec.freezeRows).toBe((table?.row ?? 0) + 1);
  });
  it("writes each standard in Vietnamese words", () => {
    const rows = table?.rows ?? [];
    expect(rows.map((r) => r.slice(0, 11))).toEqual([
      [
        "S1",
        "Cán bộ công đoàn chuyên trách cấp trên trực tiếp cơ sở trở lên",
        "Trung ương, Tỉnh, Cấp trên trực tiếp cơ sở",
        "Tất cả",
        "Chuyên trách",
        "Đại học",
        "Trung cấp",
        null,
        "Có",
        null,
        null,
      ],
      [
        "S2",
        "Chủ tịch, Phó Chủ tịch công đoàn cấp trên trực tiếp cơ sở trở lên",
        "Trung ương, Tỉnh, Cấp trên trực tiếp cơ sở",
        "Chủ tịch, Phó Chủ tịch",
        null,
        "Đại học",
        "Trung cấp",
        null,
        null,
        null,
        null,
      ],
      ["S3", "Chủ tịch công đoàn cơ sở", "Cơ sở", "Chủ tịch", null, null, null, null, "Có", null, null],
      [
        "S4",
        "Cán bộ công đoàn chuyên trách ở công đoàn cơ sở",
        "Cơ sở",
        "Tất cả",
        "Chuyên trách",
        null,
        null,
        null,
        "Có",
        null,
        null,
      ],
      [
        "S5",
        "Cán bộ công đoàn cấp trên trực tiếp cơ sở trở lên (mọi chức danh, kể cả ủy viên BCH không chuyên trách)",
        "Trung ương, Tỉnh, Cấp trên trực tiếp cơ sở",
        "Tất cả",
        null,
        "Trung cấp",
        null,
        null,
        null,
        null,
        null,
      ],
    ]);
    expect(rows.every((r) => String(r[11]).endsWith("cần đối chiếu văn bản hiện hành"))).toBe(true);
  });
  it("writes all four levels as Tất cả, and numbers and part-time as such", () => {
    const t = standardsSheetSpec({
      origin: "sheet",
      notice: "Ghi chú.",
      standards: [
        {
          id: "X",
          title: "Thử",
          levels: ["trung-uong", "tinh", "tren-co-so", "co-so"],
          positions: ["uv-bch"],
          employment: "khong-chuyen-trach",
          requires: { stateManagement: "chuyen-vien", partyMember: true, maxAge: 60 },
        },
      ],
    }).blocks.find((b): b is TableBlock => b.kind === "table");
    expect(t?.rows).toEqual([
      [
        "X",
        "Thử",
        "Tất cả",
        "Ủy viên Ban Chấp hành",
        "Không chuyên trách",
        null,
        null,
        "Chuyên viên",
        null,
        "Có",
        60,
        null,
      ],
    ]);
  });
});
