import type { Indicator } from "../attainment";
import { makeCadre } from "../attainment/makeCadre.testHelper";
import { isFormula, type TableBlock, type TextBlock } from "../sheet";
import { attainmentSheet } from "./attainmentSheet";

const BT = "LĐLĐ huyện Ba Tri";
const base = { title: "", target: 1 as const, percent: null, met: null, gap: null };
const unit = (
  id: Indicator["id"],
  numerator: number,
  denominator: number,
  more: Partial<Indicator> = {},
): Indicator => ({
  ...base,
  id,
  unit: BT,
  numerator,
  denominator,
  ...more,
});
const indicators: Indicator[] = [
  unit("I1", 2, 3, { percent: 2 / 3, met: false, gap: 1 }),
  unit("I2", 0, 0, { target: 0.9 }),
  unit("I3", 1, 1, { percent: 1, met: true, gap: 0 }),
  unit("I4", 0, 0),
  unit("I5", 1, 2, { target: 0.3, percent: 0.5, met: true, gap: 0 }),
  unit("I6", 3, 4, { target: "increase", percent: 0.75, met: true, gap: 0, previous: 0.5 }),
  ...["I1", "I2", "I3", "I4", "I5"].map((id) => ({
    ...unit(id as Indicator["id"], 0, 0),
    unit: "Tổng cộng",
  })),
  {
    ...unit("I6", 3, 4, { target: "increase", percent: 0.75, met: true, gap: 0, previous: 0.5 }),
    unit: "Tổng cộng",
  },
  {
    ...base,
    id: "I7",
    unit: "Tổng cộng",
    numerator: 728_000_000,
    denominator: 5_200_000_000,
    target: 0.15,
    percent: 0.14,
    met: false,
    gap: 52_000_000,
  },
];

describe("attainmentSheet", () => {
  const sheet = attainmentSheet(indicators, {
    year: 2019,
    parentBody: "Tổng LĐLĐ Việt Nam",
    issuer: "Liên đoàn Lao động tỉnh Bến Tre",
    place: "Bến Tre",
    date: { year: 2020, month: 1, day: 15 },
    withoutStandard: [makeCadre({ fullName: "Lê Văn Tám", upperUnit: BT, positionText: "Thủ quỹ" })],
  });
  const table = sheet.blocks.find((b): b is TableBlock => b.kind === "table")!;
  const texts = sheet.blocks.filter((b): b is TextBlock => b.kind === "text").map((b) => b.text);

  it("is named after the year, with the plan's words in its columns", () => {
    expect(sheet.name).toBe("Chỉ tiêu 2019");
    expect(table.name).toBe("ChiTieu2019");
    expect(table.numbered).toBe(true);
    expect(table.columns.map((c) => c.header)).toEqual([
      "STT",
      "Đơn vị",
      "Mã",
      "Nội dung chỉ tiêu",
      "Số đạt",
      "Tổng số",
      "Tỷ lệ",
      "Chỉ tiêu",
      "Kết quả",
      "Còn thiếu",
      "Năm trước",
      "Ghi chú",
    ]);
    expect(table.columns[6].number).toBe("(7) = (5)/(6)");
  });

  it("keeps the unit rows in the table and the totals, I7 included, under it", () => {
    expect(table.rows.map((r) => r.slice(0, 6))).toEqual([
      [1, BT, "I1", "Chuyên trách được tập huấn nghiệp vụ", 2, 3],
      [2, BT, "I2", "Không chuyên trách được tập huấn nghiệp vụ", 0, 0],
      [3, BT, "I3", "Chủ chốt được tập huấn bình đẳng giới", 1, 1],
      [4, BT, "I4", "Nữ cấp trên cơ sở được tập huấn bình đẳng giới", 0, 0],
      [5, BT, "I5", "Chuyên trách HĐLĐ học trung cấp chính trị", 1, 2],
      [6, BT, "I6", "Cấp trên cơ sở trở lên đạt chuẩn chức danh", 3, 4],
    ]);
    expect(table.totals?.map((r) => r[2])).toEqual(["I1", "I2", "I3", "I4", "I5", "I6", "I7"]);
    // I7 in million đồng, its unit in the label and one decimal in its money columns
    const i7 = table.totals![6];
    expect([i7[3], i7[4], i7[5]]).toEqual([
      "Kinh phí chi cho đào tạo, bồi dưỡng, tập huấn cán bộ (đơn vị: triệu đồng)",
      728,
      5200,
    ]);
    expect(table.totalsFormats?.[6]?.[4]).toBe("decimal");
  });

  it("computes share, result and gap by formulas with their values cached; unknown ones stay empty", () => {
    // rows start under the header block, title and the two header rows: the first data row's Excel number
    const first = table.row + 3;
    const [share, target, result, gap] = table.rows[0].slice(6, 10);
    expect(share).toEqual({ formula: `IF(F${first}>0,E${first}/F${first},"")`, result: 2 / 3 });
    expect(target).toBe(1);
    expect(isFormula(result) && result.result).toBe("Chưa đạt");
    expect(isFormula(gap) && gap.formula).toBe(
      `IF(F${first}>0,MAX(0,ROUNDUP(H${first}*F${first}-0.000000001,0)-E${first}),"")`,
    );
    expect(isFormula(gap) && gap.result).toBe(1);
    // I2 has nobody: share, result and gap computed empty, never 0
    const i2 = table.rows[1];
    expect([i2[6], i2[8], i2[9]].map((v) => (isFormula(v) ? v.result : v))).toEqual(["", "", ""]);
    // "increase" compares with last year's share in column K
    expect(table.rows[5][7]).toBe("Cao hơn năm trước");
    expect(table.rows[5][10]).toBe(0.5);
  });

  it("sums the totals over the unit rows of the same code", () => {
    const last = table.row + 2 + table.rows.length;
    const sum = table.totals![0][4];
    expect(sum).toEqual({
      formula: `SUMIF($C${table.row + 3}:$C${last},"I1",$E${table.row + 3}:$E${last})`,
      result: 0,
    });
  });

  it("names the cadres no standard covers, and gives the plan's wording of each code", () => {
    expect(texts).toContain(
      "Chưa có tiêu chuẩn áp dụng cho 1 người (vẫn tính vào Tổng số của I6, chưa tính là đạt chuẩn):",
    );
    expect(texts).toContain(`Lê Văn Tám (${BT}; Thủ quỹ).`);
    expect(texts.some((t) => t.startsWith("Mã chỉ tiêu (Kế hoạch, mục II.2): I1 — "))).toBe(true);
  });

  it("carries the official header, the signature and the page set-up", () => {
    expect(texts.slice(0, 6)).toEqual([
      "TỔNG LĐLĐ VIỆT NAM",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE",
      "Độc lập - Tự do - Hạnh phúc",
      expect.stringMatching(/^—+$/),
      "Số:        /BC-LĐLĐ",
    ]);
    expect(texts).toContain("Bến Tre, ngày 15 tháng 01 năm 2020");
    for (const t of [
      "NGƯỜI LẬP BIỂU",
      "(Ký, ghi rõ họ tên)",
      "TM. BAN THƯỜNG VỤ",
      "CHỦ TỊCH",
      "(Ký tên, đóng dấu)",
    ])
      expect(texts).toContain(t);
    expect(sheet.page).toMatchObject({ orientation: "landscape", scale: 100, pageNumbers: true });
    expect(sheet.page.repeatRows).toEqual([table.row, table.row + 1]);
  });
});
