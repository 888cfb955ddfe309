import type { Field } from "../cadre";
import type { Grid } from "../grid";
import { normalizeText } from "../text";
import { matchHeader } from "./matchHeader";
import { mergeLookup, type MergeLookup } from "./mergeLookup";

/** One column of the header: its text as a person reads it and the field it names, if any. */
export interface HeaderColumn {
  col: number;
  /** "Năm sinh / Nam" for two-row headers. Empty when the column has no header. */
  header: string;
  field?: Field;
}

/** Where a roster's header is (0-based rows) and what each column holds. */
export interface RosterHeader {
  top: number;
  bottom: number;
  /** The "(1) (2) (3)…" row under the header, when there is one. */
  numberingRow?: number;
  firstDataRow: number;
  columns: HeaderColumn[];
}

/** How many of the first rows may hold titles before the header. */
export const HEADER_SEARCH_ROWS = 30;
const MIN_FIELDS = 3;

/**
 * Finds the roster header anywhere in the first 30 rows: one or two rows, merged group cells over
 * sub-headers ("Năm sinh" over "Nam" / "Nữ"), and a numbering row under it. Needs a name column and at
 * least three recognised fields; returns undefined for sheets that hold no roster.
 *
 * @example detectHeader(grid) // { top: 6, bottom: 7, numberingRow: 8, firstDataRow: 9, columns: [...] }
 */
export function detectHeader(grid: Grid): RosterHeader | undefined {
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  const merges = mergeLookup(grid, 0, rows + 1);
  let width = 0;
  for (let r = 0; r < Math.min(rows + 2, grid.values.length); r++)
    width = Math.max(width, grid.values[r]?.length ?? 0);
  width = Math.min(width, 400); // a roster has a few dozen columns; stray cells far right are not headers

  let best: { columns: HeaderColumn[]; top: number; bottom: number; count: number } | undefined;
  for (let h = 0; h < rows; h++) {
    const single = readHeaderRows(grid, merges, h, false, width);
    // The top row of a two-row header names fields itself ("STT", "Họ và tên" merged down); an empty or title row does not.
    const double =
      single.count >= 2 && h + 1 < grid.values.length && looksTwoRow(grid, merges, h, width)
        ? readHeaderRows(grid, merges, h, true, width)
        : undefined;
    const pick =
      double && double.count > single.count ? { ...double, bottom: h + 1 } : { ...single, bottom: h };
    if (!pick.hasName || pick.count < MIN_FIELDS) continue;
    if (!best || pick.count > best.count)
      best = { columns: pick.columns, top: h, bottom: pick.bottom, count: pick.count };
  }
  if (!best) return undefined;

  const next = best.bottom + 1;
  const numberingRow = isNumberingRow(grid.values[next]) ? next : undefined;
  return {
    top: best.top,
    bottom: best.bottom,
    numberingRow,
    firstDataRow: numberingRow === undefined ? next : next + 1,
    columns: best.columns,
  };
}

function readHeaderRows(grid: Grid, merges: MergeLookup, h: number, twoRows: boolean, width: number) {
  const columns: HeaderColumn[] = [];
  const seen = new Set<Field>();
  let carriedGroup = "";
  for (let c = 0; c < width; c++) {
    let group = textAt(grid, merges, h, c);
    let sub = "";
    if (twoRows) {
      const area = merges.areaAt(h, c);
      const sameMergeBelow = area !== undefined && area.bottom >= h + 1;
      sub = sameMergeBelow ? "" : textAt(grid, merges, h + 1, c);
      // Unmerged group headers are typed once, over the first of their sub-columns: carry them right.
      if (!group && sub && !area) group = carriedGroup;
      else carriedGroup = sub ? group : "";
    }
    const candidates = group && sub && group !== sub ? [`${group} ${sub}`, sub, group] : [group || sub];
    let field: Field | undefined;
    let score = 0;
    for (const text of candidates) {
      const m = text ? matchHeader(text) : undefined;
      if (m && m.score > score) ({ field, score } = m);
    }
    const header = group && sub && group !== sub ? `${group} / ${sub}` : group || sub;
    if (field) seen.add(field);
    columns.push({ col: c, header, field });
  }
  const hasName = seen.has("fullName");
  return { columns, count: seen.size, hasName };
}

/** A second header row only makes sense under merged group cells or cells that sit under an empty group. */
function looksTwoRow(grid: Grid, merges: MergeLookup, h: number, width: number): boolean {
  for (let c = 0; c < width; c++) {
    const area = merges.areaAt(h, c);
    if (area && area.top === h && (area.right > area.left || area.bottom > h)) return true;
    if (!textAt(grid, merges, h, c) && textAt(grid, merges, h + 1, c)) return true;
  }
  return false;
}

function textAt(grid: Grid, merges: MergeLookup, r: number, c: number): string {
  const area = merges.areaAt(r, c);
  const v = area ? grid.values[area.top]?.[area.left] : grid.values[r]?.[c];
  return typeof v === "string" ? normalizeText(v) : typeof v === "number" ? String(v) : "";
}

const NUMBERING = /^\(?\s*(\d{1,3}|[A-Za-z])\s*\)?$/;

function isNumberingRow(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  let filled = 0;
  let numbered = 0;
  for (const v of row) {
    if (v === null || v === "" || v === undefined) continue;
    filled++;
    if (
      (typeof v === "number" && Number.isInteger(v) && v < 1000) ||
      (typeof v === "string" && NUMBERING.test(v.trim()))
    )
      numbered++;
  }
  return filled >= 3 && numbered / filled >= 0.8;
}
