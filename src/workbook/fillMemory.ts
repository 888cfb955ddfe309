import type ExcelJS from "exceljs";

/**
 * Highlights cells and puts their fills back. Each cell's original fill is deep-copied the first time the cell
 * is highlighted (a second highlight must not record the highlight as "original"); "no fill" is remembered as
 * such and restored by removing the fill again.
 *
 * Cells never get their fill edited in place: ExcelJS gives every cell loaded with the same style index the
 * same style object, so `cell.fill = …` would repaint all of them. The cell gets a new style object instead.
 */
export class FillMemory {
  private readonly originals = new Map<
    string,
    { ws: ExcelJS.Worksheet; address: string; fill: ExcelJS.Fill | undefined }
  >();

  /** Fills the cell with a colour ("#FFC7CE"), remembering its fill from before the first highlight. */
  highlight(ws: ExcelJS.Worksheet, address: string, color: string): void {
    const cell = ws.getCell(address);
    const key = `${ws.id}:${cell.address}`;
    if (this.originals.get(key)?.ws !== ws) {
      const fill = cell.style?.fill;
      this.originals.set(key, {
        ws,
        address: cell.address,
        fill: fill === undefined ? undefined : structuredClone(fill),
      });
    }
    const argb = `FF${color.replace(/^#/, "").toUpperCase()}`;
    setFill(cell, { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } });
  }

  /** Restores every remembered fill; cells of sheets removed or replaced since are skipped. */
  restore(wb: ExcelJS.Workbook): void {
    for (const { ws, address, fill } of this.originals.values()) {
      if (wb.getWorksheet(ws.id) === ws)
        setFill(ws.getCell(address), fill === undefined ? undefined : structuredClone(fill));
    }
    this.originals.clear();
  }

  get size(): number {
    return this.originals.size;
  }
}

function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fill === undefined) delete style.fill;
  else style.fill = fill;
  cell.style = style;
  // ExcelJS keeps the style index of the last save on the cell's value model and overwrites it only with a
  // non-zero index, so a cell whose style went back to the default would be saved again with the old index —
  // another cell's style. Forget it; the next save computes it afresh.
  const value = (cell as unknown as { _value?: { model?: { styleId?: number } } })._value;
  if (value?.model) delete value.model.styleId;
}
