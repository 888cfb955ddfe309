import type { TableBlock, TextBlock } from "../sheet";
import { infoSheet } from "./infoSheet";
import { layoutReport, type ReportLayout } from "./layoutReport";

const layout = (rows: number): ReportLayout => ({
  sheetName: "Thử",
  widths: [5, 30, 10, 40],
  titleLines: ["TIÊU ĐỀ"],
  sections: [
    {
      table: {
        name: "Thu",
        numbered: true,
        columns: [
          { header: "STT" },
          { header: "Tên", wrap: true },
          { header: "Số", format: "integer" },
          { header: "Ghi chú" },
        ],
        rows: Array.from({ length: rows }, (_, i) => [i + 1, `Người ${i + 1}`, i, null]),
        totals: [[null, "Tổng cộng", { formula: "SUM(C{first}:C{last})", result: 0 }, null]],
      },
    },
  ],
});
const texts = (blocks: readonly unknown[]) => (blocks as TextBlock[]).filter((b) => b.kind === "text");

describe("layoutReport", () => {
  it("writes the header of Nghị định 30: issuer left with its rule, Quốc hiệu and Tiêu ngữ right, number and date", () => {
    const spec = layoutReport(layout(3), { issuer: "Công đoàn ngành Giáo dục", place: "Vĩnh Long" });
    const t = texts(spec.blocks);
    expect(t.slice(0, 5).map((b) => [b.row, b.text, b.style])).toEqual([
      [0, "CÔNG ĐOÀN NGÀNH GIÁO DỤC", "issuer"],
      [0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "nation"],
      [1, expect.stringMatching(/^—{4,}$/), "rule"],
      [1, "Độc lập - Tự do - Hạnh phúc", "motto"],
      [2, "Số:        /BC-……", "number"],
    ]);
    expect(t[5]).toMatchObject({ row: 2, text: "Vĩnh Long, ngày …… tháng …… năm ………", style: "dateLine" });
    // the right block starts where the Quốc hiệu fits, the left keeps the rest
    expect(t[0].col).toBe(0);
    expect(t[1].col).toBe(t[0].span);
  });

  it("resolves formula placeholders to the rows the table lands on", () => {
    const spec = layoutReport(layout(3), {});
    const table = spec.blocks.find((b): b is TableBlock => b.kind === "table")!;
    const first = table.row + 3;
    expect(table.totals?.[0][2]).toEqual({ formula: `SUM(C${first}:C${first + 2})`, result: 0 });
  });

  it("sizes every row, repeats the titles and numbering, numbers pages from 2, and keeps the signature with the totals", () => {
    const spec = layoutReport(layout(120), {
      signature: { rightName: "Nguyễn Văn A" },
      recipients: ["Lưu: VT."],
    });
    const table = spec.blocks.find((b): b is TableBlock => b.kind === "table")!;
    expect(spec.rowHeights?.every((h) => typeof h === "number" && h > 0)).toBe(true);
    expect(spec.page.repeatRows).toEqual([table.row, table.row + 1]);
    expect(spec.page.pageNumbers).toBe(true);
    const breaks = spec.page.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const totalsRow = table.row + 2 + 120;
    const signer = texts(spec.blocks).find((b) => b.text === "Nguyễn Văn A")!;
    // no break between the totals row and the signer's name
    expect(breaks.some((r) => r > totalsRow && r <= signer.row)).toBe(false);
    expect(texts(spec.blocks).map((b) => b.text)).toEqual(
      expect.arrayContaining(["Nơi nhận:", "- Lưu: VT."]),
    );
  });

  it("prints a plain working list without header or signature", () => {
    const spec = layoutReport(layout(2), { plain: true });
    expect(texts(spec.blocks).map((b) => b.text)).toEqual(["TIÊU ĐỀ"]);
  });
});

describe("infoSheet", () => {
  const info = {
    year: 2019,
    sources: [
      { file: "a.xlsx", sheet: "DS", cadres: 10 },
      { file: "b.xlsx", sheet: "", cadres: 0, skipped: "Không đọc được: tệp bị hỏng." },
    ],
    rowsRead: 10,
    duplicates: 1,
    counted: 9,
    rowsWithErrors: 2,
    standards: "Tiêu chuẩn chức danh: khung mẫu.",
    inputs: ["Kinh phí (I7): không có tệp kinh phí, nên I7 để trống."],
    problems: [],
  };
  it("says what the figures cover, and warns first when a file could not be read", () => {
    const spec = infoSheet(info);
    expect(spec.name).toBe("Thông tin báo cáo");
    const t = texts(spec.blocks).map((b) => b.text);
    expect(t.find((x) => x.startsWith("BÁO CÁO CHƯA ĐẦY ĐỦ"))).toBeDefined();
    const [figures, files] = spec.blocks.filter((b): b is TableBlock => b.kind === "table");
    expect(figures.rows.map((r) => r[2])).toEqual([2, 1, 10, 1, 9, 2]);
    expect(files.rows).toEqual([
      [1, "a.xlsx", "DS", 10, "Đã tính"],
      [2, "b.xlsx", null, null, "Không đọc được: tệp bị hỏng."],
    ]);
    expect(t).toEqual(expect.arrayContaining(["Tiêu chuẩn chức danh: khung mẫu.", info.inputs[0]]));
    expect(spec.page.orientation).toBe("portrait");
  });
  it("says there are no figures when nobody could be counted", () => {
    const t = texts(
      infoSheet({ ...info, sources: [info.sources[1]], rowsRead: 0, duplicates: 0, counted: 0 }).blocks,
    );
    expect(t.some((b) => b.text.startsWith("KHÔNG CÓ SỐ LIỆU"))).toBe(true);
  });
});
