import { dateLine } from "./dateLine";
import { safeSheetName, safeTableName } from "./sheetNames";

describe("safeSheetName", () => {
  it("replaces forbidden characters and keeps 31 characters", () => {
    expect(safeSheetName("Phụ lục 14-KH/ĐĐ")).toBe("Phụ lục 14-KH-ĐĐ");
    expect(safeSheetName("[a]:b*c?d\\e")).toBe("-a--b-c-d-e");
    expect(safeSheetName("Thống kê cán bộ công đoàn toàn tỉnh năm 2019")).toBe(
      "Thống kê cán bộ công đoàn toàn",
    );
    expect(Array.from(safeSheetName("x".repeat(40)))).toHaveLength(31);
    expect(safeSheetName("'' ")).toBe("Báo cáo");
  });
});

describe("safeTableName", () => {
  it("drops diacritics and separators, and avoids names Excel reads as cells", () => {
    expect(safeTableName("Chỉ tiêu 2019")).toBe("ChiTieu2019");
    expect(safeTableName("Đơn vị")).toBe("DonVi");
    expect(safeTableName("PhuLuc2016_2020")).toBe("PhuLuc2016_2020");
    expect(safeTableName("2019")).toBe("T_2019");
    expect(safeTableName("AB12")).toBe("T_AB12");
    expect(safeTableName("R1C1")).toBe("T_R1C1");
    expect(safeTableName("—")).toBe("Bang");
  });
});

describe("dateLine", () => {
  it("writes the official form, zero-padding days below 10 and months 1–2", () => {
    expect(dateLine({ year: 2020, month: 1, day: 5 }, "Bến Tre")).toBe("Bến Tre, ngày 05 tháng 01 năm 2020");
    expect(dateLine({ year: 2016, month: 4, day: 29 }, "Bến Tre")).toBe("Bến Tre, ngày 29 tháng 4 năm 2016");
    expect(dateLine(new Date(2019, 11, 9), "Vĩnh Long")).toBe("Vĩnh Long, ngày 09 tháng 12 năm 2019");
  });
  it("leaves dots to fill by hand when there is no date or place", () => {
    expect(dateLine()).toBe("……………, ngày …… tháng …… năm ………");
  });
});
