import { readFinanceSheet } from "./readFinanceSheet";

describe("readFinanceSheet", () => {
  it("reads years, funds and training spending under a titled header", () => {
    const r = readFinanceSheet({
      name: "Kinh phí",
      merges: [],
      values: [
        ["KINH PHÍ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN"],
        [],
        ["Năm", "Tổng kinh phí công đoàn (đồng)", "Chi đào tạo, bồi dưỡng (đồng)"],
        [2018, 4_800_000_000, 600_000_000],
        [2019, "5.200.000.000", "780.000.000"],
        [],
        ["Ghi chú: số liệu quyết toán"],
      ],
    });
    expect(r.problems).toEqual([]);
    expect(r.years).toEqual([
      { year: 2018, funds: 4_800_000_000, trainingSpending: 600_000_000 },
      { year: 2019, funds: 5_200_000_000, trainingSpending: 780_000_000 },
    ]);
  });

  it("reports unreadable amounts at their cells and a sheet without the header", () => {
    const bad = readFinanceSheet({
      name: "Kinh phí",
      merges: [],
      values: [
        ["Năm", "Chi đào tạo", "Tổng kinh phí"],
        [2019, "khoảng 700 triệu", 5_000_000_000],
      ],
    });
    expect(bad.years).toEqual([]);
    expect(bad.problems.map((p) => p.cell)).toEqual(["B2"]);
    expect(
      readFinanceSheet({ name: "x", merges: [], values: [["Tiền"]] }).problems.map((p) => p.cell),
    ).toEqual(["A1"]);
  });
});
