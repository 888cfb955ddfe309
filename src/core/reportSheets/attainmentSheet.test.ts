import type { Indicator } from "../attainment";
import type { TableBlock, TextBlock } from "../sheet";
import { attainmentSheet } from "./attainmentSheet";

const indicators: Indicator[] = [
  {
    id: "I1",
    unit: "LĐLĐ huyện Ba Tri",
    title: "Cán bộ công đoàn chuyên trách được tập huấn",
    numerator: 2,
    denominator: 3,
    percent: 2 / 3,
    target: 1,
    met: false,
    gap: 1,
  },
  {
    id: "I6",
    unit: "Tổng cộng",
    title: "Đạt chuẩn chức danh",
    numerator: 3,
    denominator: 4,
    percent: 0.75,
    target: "increase",
    met: true,
    gap: 0,
    previous: 0.5,
  },
  {
    id: "I7",
    unit: "Tổng cộng",
    title: "Kinh phí",
    numerator: 0,
    denominator: 0,
    percent: null,
    target: 0.15,
    met: null,
    gap: 0,
    note: "Chưa có số liệu kinh phí năm 2019.",
  },
];

const texts = (blocks: readonly unknown[]) => (blocks as TextBlock[]).filter((b) => b.kind === "text");

describe("attainmentSheet", () => {
  const sheet = attainmentSheet(indicators, {
    year: 2019,
    org: "Liên đoàn Lao động tỉnh Bến Tre",
    place: "Bến Tre",
    date: { year: 2020, month: 1, day: 15 },
  });
  const table = sheet.blocks.find((b) => b.kind === "table") as TableBlock;

  it("is named after the year, sheet and table", () => {
    expect(sheet.name).toBe("Chỉ tiêu 2019");
    expect(table.name).toBe("ChiTieu2019");
  });

  it("has the report's columns and formats", () => {
    expect(table.columns.map((c) => c.header)).toEqual([
      "Đơn vị",
      "Mã",
      "Chỉ tiêu",
      "Tử số",
      "Mẫu số",
      "Tỷ lệ",
      "Mục tiêu",
      "Kết quả",
      "Còn thiếu",
      "Năm trước",
      "Ghi chú",
    ]);
    expect([5, 6, 9].map((i) => table.columns[i].format)).toEqual(["percent", "percent", "percent"]);
    expect(sheet.columnWidths).toEqual(table.columns.map((c) => c.width));
  });

  it("writes the rows, words for results and the 'increase' target", () => {
    expect(table.rows).toEqual([
      [
        "LĐLĐ huyện Ba Tri",
        "I1",
        "Cán bộ công đoàn chuyên trách được tập huấn",
        2,
        3,
        2 / 3,
        1,
        "Chưa đạt",
        1,
        null,
        "",
      ],
      ["Tổng cộng", "I6", "Đạt chuẩn chức danh", 3, 4, 0.75, "Cao hơn năm trước", "Đạt", 0, 0.5, ""],
      ["Tổng cộng", "I7", "Kinh phí", 0, 0, null, 0.15, "—", 0, null, "Chưa có số liệu kinh phí năm 2019."],
    ]);
  });

  it("marks Chưa đạt bad, Đạt good, bars the share", () => {
    expect(table.flags).toEqual([
      { column: 7, equals: "Chưa đạt", style: "bad" },
      { column: 7, equals: "Đạt", style: "good" },
    ]);
    expect(table.dataBars).toEqual([5]);
  });

  it("lays out the title block, title, table, signature and page like an official report", () => {
    const t = texts(sheet.blocks);
    expect(t.slice(0, 4).map((b) => [b.row, b.col, b.text])).toEqual([
      [0, 0, "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE"],
      [0, 3, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [1, 3, "Độc lập - Tự do - Hạnh phúc"],
      [2, 3, "Bến Tre, ngày 15 tháng 01 năm 2020"],
    ]);
    expect(t[4]).toMatchObject({
      row: 4,
      col: 0,
      span: 11,
      style: "title",
      text: "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ CÔNG ĐOÀN NĂM 2019",
    });
    expect(table.row).toBe(6);
    // 3 data rows end at row 9; one blank row; signature at row 11
    expect(t.filter((b) => b.row === 11).map((b) => b.text)).toEqual(["NGƯỜI LẬP BIỂU", "TM. BAN THƯỜNG VỤ"]);
    expect(t.find((b) => b.row === 12)?.text).toBe("CHỦ TỊCH");
    expect(sheet.page).toEqual({ orientation: "landscape", repeatRows: [6, 6], fitToWidth: true });
    expect(sheet.freezeRows).toBe(7);
  });

  it("defaults the issuer and moves the table under subtitles", () => {
    const plain = attainmentSheet(indicators, {
      year: 2020,
      subtitles: ["(Kế hoạch 14-KH/ĐĐ)"],
      tableName: "Chỉ tiêu tỉnh",
    });
    expect(texts(plain.blocks)[0].text).toBe("LIÊN ĐOÀN LAO ĐỘNG");
    const table2 = plain.blocks.find((b) => b.kind === "table") as TableBlock;
    expect(table2.row).toBe(7);
    expect(table2.name).toBe("ChiTieuTinh");
    expect(plain.page.repeatRows).toEqual([7, 7]);
  });

  it("puts names under the signature titles when given", () => {
    const signed = attainmentSheet(indicators, {
      year: 2019,
      signature: { leftName: "Trần Thị B", rightName: "Nguyễn Văn A" },
    });
    const t = texts(signed.blocks);
    // titles at rows 11–12, four rows of room, names at row 17
    expect(t.filter((b) => b.row === 17).map((b) => b.text)).toEqual(["Trần Thị B", "Nguyễn Văn A"]);
  });
});
