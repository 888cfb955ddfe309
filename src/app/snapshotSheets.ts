import { STANDARDS_SHEET_NAME } from "../core/standards";
import type { GridSheet } from "../workbook/gridWorkbook";
import type { SheetReader } from "../workbook/port";
import type { Progress } from "./types";

/**
 * What a check of the sheets `names` reads — those sheets and the workbook's "Tiêu chuẩn" sheet — read once, so
 * the check can run where the workbook cannot be reached (the task pane's worker thread) over a GridWorkbook.
 */
export async function snapshotSheets(
  port: SheetReader,
  names: readonly string[],
  onProgress?: (p: Progress) => void,
): Promise<GridSheet[]> {
  const infos = (await port.listSheets()).filter(
    (s) => names.includes(s.name) || s.name === STANDARDS_SHEET_NAME,
  );
  const out: GridSheet[] = [];
  for (const [i, info] of infos.entries()) {
    onProgress?.({ step: "read", sheet: info.name, done: i, total: infos.length });
    const grid = await port.readSheet(info.name, { fonts: true });
    out.push({ grid, visible: info.visible, owned: info.owned === true });
  }
  return out;
}
