import type ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";
import type { ColumnFlag } from "../core/sheet";
import { plainText } from "./cellText";
import { FLAG_COLORS } from "../core/sheet";

/**
 * Conditional formats of a report table: flags (a cell equal to a value drawn red or green, so the marking
 * follows the data when the user sorts or filters).
 */

/** The next free priority on the sheet, so rules added later never tie with earlier ones. */
function nextPriority(ws: ExcelJS.Worksheet): number {
  let max = 0;
  // The list is public in ExcelJS but missing from its typings.
  const list =
    (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings ?? [];
  for (const cf of list) for (const rule of cf.rules) max = Math.max(max, rule.priority ?? 0);
  return max + 1;
}

/** `ref` is the data range of the flagged column, e.g. "E6:E40". */
export function addFlag(ws: ExcelJS.Worksheet, ref: string, flag: ColumnFlag): void {
  const colors = FLAG_COLORS[flag.style];
  ws.addConditionalFormatting({
    ref,
    rules: [
      {
        type: "cellIs",
        operator: "equal",
        formulae: [formulaLiteral(flag.equals)],
        priority: nextPriority(ws),
        style: {
          // Differential fills take their colour from bgColor in Excel and fgColor in some readers: set both.
          fill: {
            type: "pattern",
            pattern: "solid",
            fgColor: { argb: colors.fill },
            bgColor: { argb: colors.fill },
          },
          font: { color: { argb: colors.font } },
        },
      },
    ],
  });
}

/** A value as a formula constant: text quoted with quotes doubled, so data never becomes formula syntax. */
export function formulaLiteral(v: CellValue): string {
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const s = v === null ? "" : plainText(String(v)).slice(0, 255);
  return `"${s.replace(/"/g, '""')}"`;
}
