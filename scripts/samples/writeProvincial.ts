import ExcelJS from "exceljs";
import type { SampleRow } from "./provincialRoster";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
export const FIRST_DATA_ROW = 10;
/** Column letters of the provincial layout (A STT … U Ghi chú). */
export const COL = {
  stt: 1, name: 2, male: 3, female: 4, ethnicity: 5, party: 6, id: 7, unit: 8, level: 9, position: 10, fullTime: 11,
  payroll: 12, education: 13, llct: 14, qlnn: 15, language: 16, informatics: 17, unionTraining: 18, genderTraining: 19,
  politicalClass: 20, note: 21,
} as const;
const WIDTH = 21;
const FONT = "Times New Roman";

/**
 * Writes the messy provincial layout: title block, a two-row merged header, a numbering row, Roman-numbered
 * section rows for each upper unit, a total row and the signature block. Returns the Excel row of each person.
 */
export function writeProvincial(wb: ExcelJS.Workbook, year: number, blocks: { upper: string; rows: SampleRow[] }[]): Map<SampleRow, number> {
  const ws = wb.addWorksheet("Danh sách", { pageSetup: { paperSize: 9, orientation: "landscape" } });
  ws.getCell("A1").value = "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE";
  ws.getCell("A2").value = "BAN TỔ CHỨC";
  ws.mergeCells(1, 10, 1, WIDTH);
  ws.getCell(1, 10).value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  ws.mergeCells(2, 10, 2, WIDTH);
  ws.getCell(2, 10).value = "Độc lập - Tự do - Hạnh phúc";
  ws.mergeCells(4, 1, 4, WIDTH);
  ws.getCell(4, 1).value = `DANH SÁCH CÁN BỘ CÔNG ĐOÀN NĂM ${year}`;
  ws.mergeCells(5, 1, 5, WIDTH);
  ws.getCell(5, 1).value = "(Kèm theo báo cáo số lượng, chất lượng cán bộ công đoàn)";
  for (const r of [1, 2, 4]) ws.getRow(r).font = { name: FONT, bold: true };

  const single: [number, string][] = [
    [COL.stt, "STT"], [COL.name, "Họ và tên"], [COL.ethnicity, "Dân tộc"], [COL.party, "Đảng viên"], [COL.id, "Số CCCD"],
    [COL.unit, "Đơn vị (tên CĐCS)"], [COL.level, "Cấp công đoàn"], [COL.position, "Chức danh"], [COL.fullTime, "Chuyên trách"],
    [COL.payroll, "Biên chế/HĐLĐ"], [COL.language, "Ngoại ngữ"], [COL.informatics, "Tin học"], [COL.politicalClass, "Học TC chính trị"], [COL.note, "Ghi chú"],
  ];
  for (const [c, text] of single) {
    ws.mergeCells(7, c, 8, c);
    ws.getCell(7, c).value = text;
  }
  const groups: [number, number, string, string[]][] = [
    [COL.male, COL.female, "Năm sinh", ["Nam", "Nữ"]],
    [COL.education, COL.qlnn, "Trình độ", ["Chuyên môn", "LLCT", "QLNN"]],
    [COL.unionTraining, COL.genderTraining, "Đã tập huấn", ["Nghiệp vụ CĐ", "Bình đẳng giới"]],
  ];
  for (const [from, to, text, subs] of groups) {
    ws.mergeCells(7, from, 7, to);
    ws.getCell(7, from).value = text;
    subs.forEach((s, i) => (ws.getCell(8, from + i).value = s));
  }
  for (let c = 1; c <= WIDTH; c++) ws.getCell(9, c).value = `(${c})`;
  for (const r of [7, 8, 9]) ws.getRow(r).font = { name: FONT, bold: r !== 9, italic: r === 9 };

  const rowOf = new Map<SampleRow, number>();
  let r = FIRST_DATA_ROW;
  let stt = 0;
  blocks.forEach((block, b) => {
    ws.mergeCells(r, 1, r, WIDTH);
    ws.getCell(r, 1).value = `${ROMAN[b]}. ${block.upper}`;
    ws.getRow(r).font = { name: FONT, bold: true };
    r++;
    for (const p of block.rows) {
      stt++;
      const v: [number, ExcelJS.CellValue][] = [
        [COL.stt, stt], [COL.name, p.name], [p.sex === "nam" ? COL.male : COL.female, p.birth], [COL.ethnicity, p.ethnicity],
        [COL.party, p.party], [COL.id, p.id], [COL.unit, p.unit], [COL.level, p.level], [COL.position, p.position],
        [COL.fullTime, p.fullTime ? "x" : ""], [COL.payroll, p.payroll], [COL.education, p.education], [COL.llct, p.llct],
        [COL.qlnn, p.qlnn], [COL.language, p.language], [COL.informatics, p.informatics], [COL.unionTraining, p.unionTraining],
        [COL.genderTraining, p.genderTraining], [COL.politicalClass, p.politicalClass], [COL.note, p.note],
      ];
      if (p.bothBirth) v.push([p.sex === "nam" ? COL.female : COL.male, p.birth]);
      for (const [c, value] of v) {
        if (value === "" || value === undefined) continue;
        // "#REF!" stands for a real Excel error cell, as a broken formula leaves it.
        ws.getCell(r, c).value = value === "#REF!" ? { error: "#REF!" } : value;
      }
      ws.getRow(r).font = { name: FONT };
      if (p.font) ws.getCell(r, COL.name).font = { name: p.font };
      rowOf.set(p, r);
      r++;
    }
  });
  ws.getCell(r, COL.name).value = `Tổng cộng: ${stt} người`;
  ws.getRow(r).font = { name: FONT, bold: true };
  ws.getCell(r + 2, COL.position).value = `Bến Tre, ngày 15 tháng 12 năm ${year}`;
  ws.getCell(r + 3, COL.name).value = "NGƯỜI LẬP BIỂU";
  ws.getCell(r + 3, COL.position).value = "TM. BAN THƯỜNG VỤ";
  ws.getCell(r + 4, COL.position).value = "CHỦ TỊCH";
  ws.getCell(r + 8, COL.position).value = "Lê Văn Quyền";
  const widths = [5, 24, 7, 7, 8, 9, 15, 32, 14, 22, 10, 11, 14, 10, 11, 9, 9, 10, 10, 10, 12];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return rowOf;
}
