import type { CellValue, Grid } from "../grid";
import { isFormula, tableHeaderRow, type SheetSpec } from "../sheet";

/**
 * Lays a SheetSpec's blocks into a Grid, as a workbook adapter would write them and `range.values` read them
 * back: text at its cell (merged across its span), tables as a header row then their rows. For round-trip tests
 * (not a test file itself); formats, links and styles are not cell values and are left out.
 *
 * @param spec the sheet described as data
 * @returns the grid of its cell values, named after the sheet
 * @example layoutSheetSpec(standardsSheetSpec(DEFAULT_FRAMEWORK)).values[0][0] // "KHUNG TIÊU CHUẨN …"
 */
export function layoutSheetSpec(spec: SheetSpec): Grid {
  const values: CellValue[][] = [];
  const merges: Grid["merges"] = [];
  const put = (row: number, col: number, value: CellValue) => {
    while (values.length <= row) values.push([]);
    const line = values[row];
    while (line.length < col) line.push("");
    line[col] = value;
  };
  for (const block of spec.blocks) {
    if (block.kind === "text") {
      put(block.row, block.col, block.text);
      const span = block.span ?? 1;
      if (span > 1)
        merges.push({ top: block.row, left: block.col, bottom: block.row, right: block.col + span - 1 });
    } else {
      const header = tableHeaderRow(block);
      if (block.numbered) block.columns.forEach((c, j) => put(block.row, block.col + j, c.header));
      block.columns.forEach((c, j) =>
        put(header, block.col + j, block.numbered ? (c.number ?? `(${j + 1})`) : c.header),
      );
      [...block.rows, ...(block.totals ?? [])].forEach((r, i) =>
        block.columns.forEach((_, j) => {
          const v = r[j];
          put(header + 1 + i, block.col + j, isFormula(v) ? v.result : (v ?? ""));
        }),
      );
    }
  }
  return { name: spec.name, values, merges };
}
