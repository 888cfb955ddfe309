import ExcelJS from "exceljs";

/**
 * Loads .xlsx bytes with ExcelJS and also returns the workbook's default font: the font of cells formatted
 * with the default style (style index 0), which ExcelJS reads as "no style". In government files typed in
 * TCVN3 the Normal style is often ".VnTime", and that is the one hint telling their text is legacy-encoded.
 *
 * ExcelJS drops the parsed styles once it has built the cells, so the font is taken from the parse model
 * on its way through `reconcile`. If a later ExcelJS changes that internal step, the font is simply unknown.
 */
export async function loadXlsx(
  bytes: Uint8Array,
): Promise<{ workbook: ExcelJS.Workbook; defaultFont?: string }> {
  const workbook = new ExcelJS.Workbook();
  const xlsx = workbook.xlsx as unknown as { reconcile?: (model: unknown, options: unknown) => void };
  const original = xlsx.reconcile;
  let defaultFont: string | undefined;
  if (typeof original === "function") {
    xlsx.reconcile = function (model: unknown, options: unknown) {
      defaultFont = defaultFontOf(model);
      return original.call(this, model, options);
    };
  }
  try {
    // JSZip (inside ExcelJS) takes a Uint8Array as it is, in Node and in the browser.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } finally {
    delete xlsx.reconcile;
  }
  return { workbook, defaultFont };
}

function defaultFontOf(model: unknown): string | undefined {
  try {
    const styles = (
      model as { styles?: { getStyleModel?: (id: number) => { font?: { name?: string } } | null } }
    ).styles;
    const name = styles?.getStyleModel?.(0)?.font?.name;
    return typeof name === "string" && name ? name : undefined;
  } catch {
    return undefined;
  }
}
