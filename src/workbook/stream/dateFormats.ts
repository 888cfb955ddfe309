/**
 * Whether a number format shows a date or a time, so that the cell's number is a serial date: the built-in formats
 * Excel numbers 14–22, 45–47 (dates and times) and 27–36, 50–58 (East Asian dates), or a format code holding a
 * date or time letter outside quotes and brackets — the rule ExcelJS applies when it loads a cell, so both readers
 * see the same dates.
 *
 * @example isDateFormat(164, "dd/mm/yyyy") // true
 * @example isDateFormat(3, undefined) // false: "#,##0"
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code !== undefined) {
    const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
    return /[ymdhMsb]/.test(bare);
  }
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}
