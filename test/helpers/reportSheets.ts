/**
 * The sheets a yearly report writes with the built-in plan (2016–2020), in order: the information sheet, the check,
 * the attainment of the targets, the year's phụ lục, the statistics, and the plan's whole phụ lục.
 */
export const YEARLY_REPORT_SHEETS = (year: number): string[] => [
  "Thông tin báo cáo",
  "KQ Kiểm tra",
  `Chỉ tiêu ${year}`,
  `Phụ lục ${year}`,
  `Thống kê ${year}`,
  "Phụ lục 2016-2020",
];
