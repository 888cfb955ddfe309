import {
  excelColumnPoints,
  rowHeightFor,
  spanWidth,
  TABLE_LOOKS,
  TEXT_LOOKS,
  wrapLines,
  isFormula,
  type Block,
  type SpecValue,
  type TableBlock,
  type TextBlock,
  type TextStyle,
} from "../sheet";

/**
 * Lays blocks down a sheet row by row, sizing each row for what it holds (so the printed page is known before
 * Excel or LibreOffice sees it) and recording the rows that must stay on one page.
 */
export class SheetBuilder {
  /** The first data row of each table placed so far, for `{r:k}` in later tables' formulas. */
  private readonly dataTops: number[] = [];
  readonly blocks: Block[] = [];
  readonly heights: (number | undefined)[] = [];
  readonly keep: [number, number][] = [];
  /** The next free row. */
  row = 0;
  /** The first row the signature cannot do without (the last row of the last table), set by the layout. */
  tailMin = 0;

  /**
   * The columns a line of text spans (header, titles, signature): every column, or those of the first printed page
   * when the table is wider than the paper and flows onto more pages.
   */
  columns: number;

  constructor(readonly widths: readonly number[]) {
    this.columns = widths.length;
  }

  /** A line of text at (row, col) across `span` columns, its row made tall enough when it wraps. */
  text(row: number, col: number, span: number, text: string, style: TextStyle, wrap = false): void {
    const block: TextBlock = { kind: "text", row, col, span, text, style, align: TEXT_LOOKS[style].align };
    if (wrap) block.wrap = true;
    this.blocks.push(block);
    const look = TEXT_LOOKS[style];
    const lines = wrap ? wrapLines(text, spanWidth(this.widths, col, span), look.size, look.bold) : 1;
    this.grow(row, rowHeightFor(lines, look.size));
  }

  /** A full-width line of text on the next row. */
  line(text: string, style: TextStyle, wrap = true): number {
    const r = this.row++;
    this.text(r, 0, this.columns, text, style, wrap);
    return r;
  }

  /** An empty row of `height` points. */
  space(height = 9): void {
    this.grow(this.row++, height);
  }

  /** Makes a row at least `height` points tall. */
  grow(row: number, height: number): void {
    this.heights[row] = Math.max(this.heights[row] ?? 0, height);
  }

  /** Rows first…last must print on one page. */
  keepTogether(first: number, last: number): void {
    if (last >= first) this.keep.push([first, last]);
  }

  /**
   * A table at the next row: titles and numbering rows (numbered tables), data, totals. Formulas may say `{r}` for
   * their own row, `{first}` and `{last}` for the table's first and last data rows, and `{r:k}` for the data row of
   * the same index in the sheet's k-th table (0-based: a table split in parts across the page sums its parts).
   * Returns the rows of its parts so the caller can keep them with what surrounds them.
   */
  table(table: Omit<TableBlock, "kind" | "row" | "col">): {
    first: number;
    header: number;
    data: number;
    end: number;
  } {
    const first = this.row;
    const block: TableBlock = { kind: "table", row: first, col: 0, ...table };
    this.blocks.push(block);
    const widthOf = (j: number) => excelColumnPoints(table.columns[j]?.width ?? this.widths[j] ?? 8.43);
    const cellLines = (v: SpecValue | undefined, j: number, size: number, bold: boolean) => {
      const column = table.columns[j];
      // Numbers print on one line in their format; only text wraps.
      const value = isFormula(v) ? v.result : v;
      if (typeof value !== "string") return 1;
      return column?.wrap || value.includes("\n") ? wrapLines(value, widthOf(j), size, bold) : 1;
    };
    const rowHeight = (cells: readonly SpecValue[], size: number, bold: boolean) =>
      rowHeightFor(Math.max(1, ...cells.map((v, j) => cellLines(v, j, size, bold))), size);

    // Formulas name rows by placeholders, resolved now that the rows are known (Excel row numbers).
    const dataTop = first + (table.numbered ? 2 : 1);
    const dataBottom = dataTop + Math.max(1, table.rows.length) - 1;
    const resolve = (cells: readonly SpecValue[], row: number): SpecValue[] =>
      cells.map((v) =>
        isFormula(v)
          ? {
              result: v.result,
              formula: v.formula
                .replace(/\{r\}/g, String(row + 1))
                .replace(/\{r:(\d+)\}/g, (_, k: string) =>
                  String((this.dataTops[Number(k)] ?? dataTop) + row - dataTop + 1),
                )
                .replace(/\{first\}/g, String(dataTop + 1))
                .replace(/\{last\}/g, String(dataBottom + 1)),
            }
          : v,
      );
    block.rows = table.rows.map((cells, i) => resolve(cells, dataTop + i));
    this.dataTops.push(dataTop);
    if (table.totals) block.totals = table.totals.map((cells, i) => resolve(cells, dataBottom + 1 + i));

    let r = first;
    const titles = TABLE_LOOKS.title;
    const titleLines = Math.max(
      ...table.columns.map((c, j) => (c.hidden ? 1 : wrapLines(c.header, widthOf(j), titles.size, true))),
    );
    if (table.numbered) {
      this.grow(r++, rowHeightFor(titleLines, titles.size));
      const numbers = table.columns.map((c, j) => c.number ?? `(${j + 1})`);
      this.grow(r++, rowHeight(numbers, TABLE_LOOKS.numbering.size, false));
    } else this.grow(r++, rowHeightFor(titleLines, titles.size));
    const header = r - 1;
    const data = r;
    const rows = table.rows.length ? table.rows : [[]];
    for (let i = 0; i < rows.length; i++) this.grow(r++, rowHeight(rows[i], TABLE_LOOKS.body.size, false));
    for (const cells of table.totals ?? []) this.grow(r++, rowHeight(cells, TABLE_LOOKS.totals.size, true));
    this.row = r;
    return { first, header, data, end: r - 1 };
  }
}
