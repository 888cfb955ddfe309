import type { CellValue, Grid } from "../grid";
import { isFormula, tableHeaderRow, type SheetSpec } from "../sheet";

/**
 * The cells a sheet spec writes, as the engine would read them back from the file: text blocks at their place
 * (merged over their span), tables with their titles, numbering, data and totals rows, a formula as its result.
 * The consolidated roster is checked on it before it is written, so "Cần xem lại" can say what a check of the
 * written roster will find.
 */
export function specGrid(spec: SheetSpec): Grid {
  const values: CellValue[][] = [];
  const merges: Grid["merges"] = [];
  const put = (r: number, c: number, v: CellValue) => {
    (values[r] ??= [])[c] = v;
  };
  for (const block of spec.blocks) {
    if (block.kind === "text") {
      put(block.row, block.col, block.text);
      if ((block.span ?? 1) > 1)
        merges.push({
          top: block.row,
          left: block.col,
          bottom: block.row,
          right: block.col + block.span! - 1,
        });
      continue;
    }
    const header = tableHeaderRow(block);
    block.columns.forEach((c, j) => {
      if (block.numbered) put(block.row, block.col + j, c.header);
      put(header, block.col + j, block.numbered ? (c.number ?? `(${j + 1})`) : c.header);
    });
    [...block.rows, ...(block.totals ?? [])].forEach((row, i) =>
      row.forEach((v, j) => put(header + 1 + i, block.col + j, isFormula(v) ? v.result : (v ?? null))),
    );
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { name: spec.name, values, merges };
}
