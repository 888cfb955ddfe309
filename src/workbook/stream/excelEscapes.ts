/**
 * Excel's escape for characters XML cannot carry (`_x000D_` for a carriage return), undone as ExcelJS undoes it
 * in string items.
 *
 * @example unescapeExcel("dòng 1_x000D_dòng 2") // "dòng 1\rdòng 2"
 */
export function unescapeExcel(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
