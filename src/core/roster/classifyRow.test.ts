import type { CellValue } from "../grid";
import { RowClassifier, type RowKind } from "./classifyRow";
import { SheetCells } from "./sheetCells";

// Columns: A STT, B Họ và tên, C Năm sinh, D Chức danh, E Đơn vị
function classify(row: CellValue[] | undefined, fonts?: (string | undefined)[]): RowKind {
  const grid = { name: "x", values: row ? [row] : [], merges: [], fonts: fonts ? [fonts] : undefined };
  return new RowClassifier(new SheetCells(grid, 0), { nameCols: [1], sttCol: 0 }).classify(0);
}

describe("RowClassifier", () => {
  it("reads a row of blank texts as empty, whatever spaces they hold", () => {
    expect(classify([" ", "\u00a0", "\u3000 ", "\t"])).toEqual({ kind: "empty" });
    expect(classify(["", "\u00a0Nguyễn Văn An", "", ""]).kind).not.toBe("empty");
  });

  it("reads Roman-numbered section rows as the upper unit, in one cell or split over STT and name", () => {
    expect(classify(["I. LĐLĐ huyện Ba Tri", "", "", ""])).toMatchObject({
      kind: "section",
      text: "LĐLĐ huyện Ba Tri",
      scope: "upperUnit",
      marker: "I",
    });
    expect(classify(["", "II- Công đoàn ngành Giáo dục", "", ""])).toMatchObject({
      kind: "section",
      text: "Công đoàn ngành Giáo dục",
      scope: "upperUnit",
    });
    expect(classify(["III", "LĐLĐ HUYỆN CHỢ LÁCH", "", ""])).toMatchObject({
      kind: "section",
      text: "LĐLĐ HUYỆN CHỢ LÁCH",
      scope: "upperUnit",
      marker: "III",
      rank: 1,
    });
  });
  it("reads letters as outer groups, and what they say of the cadres below", () => {
    expect(classify(["A/", "CÁN BỘ CHUYÊN TRÁCH", "", ""])).toMatchObject({
      kind: "section",
      scope: "group",
      marker: "A",
      rank: 0,
      employment: "chuyen-trach",
    });
    expect(classify(["B.", "Cán bộ không chuyên trách", "", ""])).toMatchObject({
      employment: "khong-chuyen-trach",
    });
    expect(classify(["A/ KHỐI CƠ QUAN LĐLĐ TỈNH"])).toMatchObject({
      kind: "section",
      scope: "upperUnit",
      rank: 0,
    });
    // Committees group people by the body they sit on, not by where they work.
    expect(classify(["I. BAN CHẤP HÀNH"])).toMatchObject({ kind: "section", scope: "group", rank: 1 });
    expect(classify(["C/", "ỦY BAN KIỂM TRA", "", ""])).toMatchObject({ kind: "section", scope: "group" });
  });
  it("reads Arabic-numbered CĐCS rows as the unit, in one cell or split", () => {
    expect(classify(["1. CĐCS Trường THCS An Thới", "", "", ""])).toMatchObject({
      kind: "section",
      text: "CĐCS Trường THCS An Thới",
      scope: "unit",
    });
    expect(classify([1, "Công đoàn Trường Tiểu học Phú Lễ", "", ""])).toMatchObject({
      kind: "section",
      text: "Công đoàn Trường Tiểu học Phú Lễ",
      scope: "unit",
    });
  });
  it("decodes a section typed in TCVN3 before reading it", () => {
    expect(classify(["II", "L§L§ huyÖn Ba Tri", "", ""], [".VnTime", ".VnTime"])).toMatchObject({
      kind: "section",
      text: "LĐLĐ huyện Ba Tri",
    });
  });
  it("reads a cadre whose family name is Tống or Công as data", () => {
    expect(classify([7, "Tống Văn Hải", 1980, "", "CĐCS Trường THCS An Thới"])).toEqual({ kind: "data" });
    expect(classify([8, "Tống Thị Phóng", "", 1975, "Cơ sở"])).toEqual({ kind: "data" });
    expect(classify(["", "Công Thị Lan", 1983, "UVBCH"])).toEqual({ kind: "data" });
  });
  it("reads subtotals and totals with the count they state and the block they sum", () => {
    expect(classify(["", "Tổng cộng: 356 người", "", ""])).toMatchObject({
      kind: "total",
      stated: 356,
      whole: true,
    });
    expect(classify(["Cộng", "", 120, 80])).toMatchObject({ kind: "total", stated: undefined, markers: [] });
    expect(classify(["", "Tổng: 15", "", ""])).toMatchObject({ kind: "total", stated: 15 });
    expect(classify(["", "Tổng số cán bộ", 40, ""])).toMatchObject({ kind: "total", stated: undefined });
    expect(classify(["Cộng I: 6 người", "", "", ""])).toMatchObject({
      kind: "total",
      stated: 6,
      markers: ["I"],
    });
    expect(classify(["", "CỘNG A", "", ""])).toMatchObject({ kind: "total", markers: ["A"], whole: false });
    expect(classify(["", "Cộng (A+B)", 12, ""])).toMatchObject({ kind: "total", whole: true });
    expect(classify(["", "Tổng số: 17 đ/c", "", ""])).toMatchObject({ kind: "total", stated: 17 });
    expect(classify(["Tổng cộng", "17 người", "", ""])).toMatchObject({ kind: "total", stated: 17 });
  });
  it("recognises notes under the table and the signature block", () => {
    expect(classify(["Ghi chú:", "", "", ""])).toEqual({ kind: "note" });
    expect(classify(["", "- Cột (8): ghi năm được tập huấn", "", ""])).toEqual({ kind: "note" });
    expect(classify(["* Số liệu tính đến 30/11/2019"])).toEqual({ kind: "note" });
    expect(classify(["", "NGƯỜI LẬP BIỂU", "", "TM. BAN THƯỜNG VỤ"])).toEqual({ kind: "signature" });
    expect(classify(["", "", "", "Bến Tre, ngày 15 tháng 12 năm 2019"])).toEqual({ kind: "signature" });
  });
  it("reads a breakdown under a total as no person, however many cells it fills", () => {
    expect(classify(["", "Trong đó: Nữ", 3, ""])).toEqual({ kind: "note" });
    expect(classify(["", "Trong đó", "Nữ: 5", "Đảng viên: 7", "Dân tộc: 2"])).toEqual({ kind: "note" });
    expect(classify(["", "Tỷ lệ (%)", 60, 70, 20])).toEqual({ kind: "note" });
  });
  it("recognises a repeated header and a sub-header row as no person", () => {
    expect(classify(["STT", "Họ và tên", "Năm sinh", "Chức danh", "Đơn vị"])).toEqual({ kind: "header" });
    expect(classify(["", "", "Nam", "Nữ", ""])).toEqual({ kind: "header" });
    expect(classify(["(1)", "(2)", "(3)", "(4)", "(5)"])).toEqual({ kind: "title" });
    expect(classify(["", "DANH SÁCH ỦY BAN KIỂM TRA", "", ""])).toEqual({ kind: "title" });
  });
  it("treats rows with only an STT number, or nothing, as empty", () => {
    expect(classify([17, "", "", ""])).toEqual({ kind: "empty" });
    expect(classify(["", "  ", null, ""])).toEqual({ kind: "empty" });
    expect(classify(undefined)).toEqual({ kind: "empty" });
  });
  it("keeps people as data, even with a name alone or no name but several values", () => {
    expect(classify([1, "Nguyễn Thành Công", 1975, "Chủ tịch"])).toEqual({ kind: "data" });
    expect(classify(["", "Trần Thị Mai", "", ""])).toEqual({ kind: "data" });
    expect(classify([3, "", 1980, "UVBCH"])).toEqual({ kind: "data" });
    expect(classify([4, "Lê Văn Nam", "Nam", "Đảng viên", "Chuyên trách"])).toEqual({ kind: "data" });
  });
});
