import type { Field } from "../cadre";
import { cellAddress, parseAddress, type Grid } from "../grid";
import { SheetCells, type RosterSheet, type RosterTable } from "../roster";
import { CODED_FIELDS } from "./canonicalSpelling";
import { fixCell } from "./fixCell";
import type { CellFix, CellInput } from "./fixKinds";

/** The fields of a person's row that are tidied: the name's parts, the CCCD and every coded value. */
const TIDIED: readonly Field[] = [
  "fullName",
  "familyName",
  "givenName",
  "idNumber",
  ...(Object.keys(CODED_FIELDS) as Field[]),
];

/** Excel's 16,384 columns: row × width + column is a unique cell key. */
const WIDTH = 1 << 14;

/**
 * Every certain change of a roster sheet, one per cell, in sheet order: in people's rows, names, CCCD numbers and
 * coded values (decoded from a legacy font first where they are typed in one); elsewhere in the table, every cell
 * the check found typed in a legacy font (header, sections, totals, columns canbo does not read). A value merged
 * down over several people is one cell: the merge's top-left.
 *
 * @param grid the sheet as read
 * @param roster what the reader made of it
 * @example proposeFixes(grid, readRoster(grid, { year: 2019 })).map((f) => f.cell) // ["B12", "G82", …]
 */
export function proposeFixes(grid: Grid, roster: RosterSheet): CellFix[] {
  if (!roster.header) return [];
  const cells = new SheetCells(grid, roster.header.firstDataRow);
  const found = new Map<number, CellFix>();
  const consider = (row: number, col: number, field?: Field) => {
    const key = row * WIDTH + col;
    if (found.has(key)) return;
    const fix = judgedCell(grid, roster, row, col, field);
    if (fix) found.set(key, fix);
  };
  for (const cadre of roster.cadres) {
    const r = cadre.row - 1;
    const table = tableOf(roster.tables, r);
    for (const field of TIDIED) {
      const c = table?.columns[field];
      if (c === undefined) continue;
      const at = cells.sourceOf(r, c);
      consider(at.row, at.col, field);
    }
  }
  for (const f of roster.findings) {
    if (f.code !== "legacy-encoding" || !f.cell) continue;
    const at = parseAddress(f.cell);
    if (at) consider(at.row, at.col);
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, fix]) => fix);
}

/**
 * Every text of a sheet typed in a legacy font, wherever it stands (the title and signature blocks too): what
 * "Chuyển cả trang sang Unicode" changes, text and font.
 *
 * @example sheetToUnicode(grid, "TCVN3").length // 131
 */
export function sheetToUnicode(grid: Grid, encoding?: RosterSheet["encoding"]): CellFix[] {
  const out: CellFix[] = [];
  grid.values.forEach((row, r) =>
    row.forEach((raw, c) => {
      if (typeof raw !== "string") return;
      const fix = fixOf(grid.name, r, c, { raw, font: grid.fonts?.[r]?.[c], encoding });
      if (fix && fix.steps[0].kind === "legacy-encoding") out.push({ ...fix, steps: [fix.steps[0]] });
    }),
  );
  return out;
}

function judgedCell(
  grid: Grid,
  roster: RosterSheet,
  row: number,
  col: number,
  field?: Field,
): CellFix | undefined {
  const raw = grid.values[row]?.[col];
  return fixOf(grid.name, row, col, {
    raw,
    font: grid.fonts?.[row]?.[col],
    encoding: roster.encoding,
    field,
  });
}

function fixOf(sheet: string, row: number, col: number, input: CellInput): CellFix | undefined {
  const { raw } = input;
  if (typeof raw !== "string" && typeof raw !== "number") return undefined;
  const { steps, font } = fixCell(input);
  if (steps.length === 0) return undefined;
  const fix: CellFix = { sheet, cell: cellAddress(row, col), before: raw, steps };
  if (font) fix.font = font;
  if (input.field) fix.field = input.field;
  if (input.encoding) fix.encoding = input.encoding;
  return fix;
}

/** The table a row belongs to: the last one starting at or above it. */
function tableOf(tables: readonly RosterTable[], row: number): RosterTable | undefined {
  let found: RosterTable | undefined;
  for (const t of tables) if (t.firstDataRow <= row) found = t;
  return found;
}
