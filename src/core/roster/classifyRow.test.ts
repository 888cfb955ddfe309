import { classifyRow } from "./classifyRow";

// Columns: A STT, B Họ và tên, C Năm sinh, D Chức danh
describe("classifyRow", () => {
  it("reads Roman-numbered section rows as the upper unit", () => {
    expect(classifyRow(["I. LĐLĐ huyện Ba Tri", "", "", ""], 1, 0)).toEqual({
      kind: "section",
      text: "LĐLĐ huyện Ba Tri",
      scope: "upperUnit",
    });
    expect(classifyRow(["", "II- Công đoàn ngành Giáo dục", "", ""], 1, 0)).toEqual({
      kind: "section",
      text: "Công đoàn ngành Giáo dục",
      scope: "upperUnit",
    });
  });
  it("reads Arabic-numbered CĐCS rows as the unit", () => {
    expect(classifyRow(["1. CĐCS Trường THCS An Thới", "", "", ""], 1, 0)).toEqual({
      kind: "section",
      text: "CĐCS Trường THCS An Thới",
      scope: "unit",
    });
  });
  it("reads a cadre whose family name is Tống (it folds to the letters of Tổng) as data", () => {
    expect(classifyRow([7, "Tống Văn Hải", 1980, "", "CĐCS Trường THCS An Thới"], 1, 0)).toEqual({
      kind: "data",
    });
    expect(classifyRow([8, "Tống Thị Phóng", "", 1975, "Cơ sở"], 1, 0)).toEqual({ kind: "data" });
  });

  it("recognises total rows and the signature block", () => {
    expect(classifyRow(["", "Tổng cộng: 356 người", "", ""], 1, 0)).toEqual({ kind: "total" });
    expect(classifyRow(["Cộng", "", 120, 80], 1, 0)).toEqual({ kind: "total" });
    expect(classifyRow(["", "Tổng: 15", "", ""], 1, 0)).toEqual({ kind: "total" });
    expect(classifyRow(["", "Tổng số cán bộ", 40, ""], 1, 0)).toEqual({ kind: "total" });
    expect(classifyRow(["", "NGƯỜI LẬP BIỂU", "", "TM. BAN THƯỜNG VỤ"], 1, 0)).toEqual({ kind: "signature" });
    expect(classifyRow(["", "", "", "Bến Tre, ngày 15 tháng 12 năm 2019"], 1, 0)).toEqual({
      kind: "signature",
    });
  });
  it("treats rows with only an STT number, or nothing, as empty", () => {
    expect(classifyRow([17, "", "", ""], 1, 0)).toEqual({ kind: "empty" });
    expect(classifyRow(["", "  ", null, ""], 1, 0)).toEqual({ kind: "empty" });
    expect(classifyRow(undefined, 1, 0)).toEqual({ kind: "empty" });
  });
  it("keeps people as data, even with a name alone or a given name like Công", () => {
    expect(classifyRow([1, "Nguyễn Thành Công", 1975, "Chủ tịch"], 1, 0)).toEqual({ kind: "data" });
    expect(classifyRow(["", "Trần Thị Mai", "", ""], 1, 0)).toEqual({ kind: "data" });
    expect(classifyRow([3, "", 1980, "UVBCH"], 1, 0)).toEqual({ kind: "data" });
  });
});
