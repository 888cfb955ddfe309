import type { Field } from "../cadre";
import { cellRows, rowsWindow, type CellRows, type Grid } from "../grid";
import { detectLegacy, foldKey, type LegacyEncoding } from "../text";
import { hasHeaderWord, matchFoldedHeader, type HeaderMatch } from "./matchHeader";
import { mergeLookup, type MergeLookup } from "./mergeLookup";
import { isNumberingRow } from "./isNumberingRow";
import { readCell, showsText } from "./readCell";
import { valueMarkUnder, type ValueMark } from "./valueMarks";

/** One column of the header: its text as a person reads it and the field it names, if any. */
export interface HeaderColumn {
  col: number;
  /** "Năm sinh / Nam" for multi-row headers. Empty when the column has no header. */
  header: string;
  field?: Field;
  /** The column marks one value of its field ("Đại học" under "Trình độ chuyên môn"). */
  mark?: ValueMark;
}

/** Where a roster's header is (0-based rows) and what each column holds. */
export interface RosterHeader {
  top: number;
  bottom: number;
  /** The "(1) (2) (3)…" row under the header, when there is one. */
  numberingRow?: number;
  firstDataRow: number;
  columns: HeaderColumn[];
  /** The legacy encoding the header is typed in, if any: the sheet is then read in it. */
  encoding?: LegacyEncoding;
}

/** How many of the first rows may hold titles before the header. */
export const HEADER_SEARCH_ROWS = 30;
const MIN_FIELDS = 3;
const MAX_DEPTH = 3;

/**
 * Finds the roster header among rows [from, to): one, two or three rows, merged group cells over sub-headers
 * ("Năm sinh" over "Nam" / "Nữ", "Giới tính" over "Nam" / "Nữ", "Loại cán bộ" over "Chuyên trách" / "Không chuyên
 * trách"), typed in Unicode or a legacy font, and a numbering row under it. Needs a name and at least three
 * recognised fields; returns undefined for sheets that hold no roster.
 *
 * @example detectHeader(grid) // { top: 6, bottom: 7, numberingRow: 8, firstDataRow: 9, columns: [...] }
 */
export function detectHeader(
  grid: Grid,
  from = 0,
  to = from + HEADER_SEARCH_ROWS,
  maxDepth = MAX_DEPTH,
): RosterHeader | undefined {
  const all = cellRows(grid);
  const last = Math.min(to, all.rowCount);
  if (from >= last) return undefined;
  const rows = rowsWindow(all, from, last + MAX_DEPTH);
  const reader = new HeaderText(grid, rows, from, last + MAX_DEPTH);
  let width = 0;
  for (let r = from; r < Math.min(last + MAX_DEPTH, rows.rowCount); r++)
    width = Math.max(width, rows.rowLength(r));
  width = Math.min(width, 400); // a roster has a few dozen columns; stray cells far right are not headers

  let best: (HeaderReading & { top: number; bottom: number }) | undefined;
  for (let h = from; h < last; h++) {
    let pick: (HeaderReading & { bottom: number }) | undefined;
    // What a reading from this row must name to count: as many fields as the best so far, and at least the minimum.
    const need = Math.max(MIN_FIELDS, best?.count ?? 0);
    for (let depth = 1; depth <= maxDepth && h + depth - 1 < rows.rowCount; depth++) {
      if (depth > 1 && !reader.layeredUnder(h + depth - 2, width)) break;
      const reading = readHeaderRows(reader, h, depth, width, need);
      // A deeper header must name more fields (a first data row under a one-row header names none), or lay a
      // field out as one column per value ("Trình độ chuyên môn" over "Đại học | Cao đẳng"), which no data row does.
      if (
        !pick ||
        reading.count > pick.count ||
        (reading.count === pick.count && reading.marked > pick.marked)
      )
        pick = { ...reading, bottom: h + depth - 1 };
    }
    if (!pick || !pick.hasName || pick.count < MIN_FIELDS) continue;
    // The same header read from a row higher (an empty or title row above it) is no better: keep the tighter one.
    if (!best || pick.count > best.count || (pick.count === best.count && pick.bottom === best.bottom))
      best = { ...pick, top: h };
  }
  if (!best) return undefined;

  const next = best.bottom + 1;
  const numberingRow = isNumberingRow(rows, next) ? next : undefined;
  return {
    top: best.top,
    bottom: best.bottom,
    numberingRow,
    firstDataRow: numberingRow === undefined ? next : next + 1,
    columns: best.columns.map(({ col, path, field, mark }) =>
      mark ? { col, header: headerOf(path), field, mark } : { col, header: headerOf(path), field },
    ),
    encoding: best.encoding,
  };
}

/** A column as one reading of the header sees it: its text is joined only for the reading that wins. */
interface ReadColumn {
  col: number;
  path: HeaderCell[];
  field?: Field;
  mark?: ValueMark;
}

/** "Năm sinh / Nam" for a column under a group. */
function headerOf(path: readonly HeaderCell[]): string {
  return path.length === 1 ? path[0].text : path.map((p) => p.text).join(" / ");
}

interface HeaderReading {
  columns: ReadColumn[];
  count: number;
  /** How many fields are laid out as one column per value. */
  marked: number;
  hasName: boolean;
  encoding?: LegacyEncoding;
}

/** A header cell as a person reads it, with its folded key and whether any header word is in it. */
interface HeaderCell {
  text: string;
  key: string;
  /** Whether the key holds a word of some header pattern: a path of cells without one names no field. */
  named: boolean;
  legacy?: LegacyEncoding;
}

const BLANK: HeaderCell = Object.freeze({ text: "", key: "", named: false });

/** Header cells read as a person reads them: merged areas give their text to every cell, legacy fonts decoded. */
class HeaderText {
  readonly merges: MergeLookup;
  encoding?: LegacyEncoding;
  /** The legacy encoding most of these rows are typed in, for cells no font speaks for ("Ñôn vò" is VNI there). */
  private readonly typedIn?: LegacyEncoding;
  /** Each cell of rows [from, to) read once, row by row: the search reads most cells at several tops and depths. */
  private readonly read: HeaderCell[][] = [];
  /** Whether a header row may lie under each row, as layeredUnder tells it. */
  private readonly layered: boolean[] = [];
  constructor(
    private readonly grid: Grid,
    private readonly rows: CellRows,
    private readonly from: number,
    private readonly to: number,
  ) {
    this.merges = mergeLookup(grid, from, to);
    this.typedIn = mostUsedEncoding(grid, rows, from, to);
  }

  /**
   * Whether (r, c) shows any text (`cell(r, c).text !== ""`), told from the raw value when the cell is not read yet:
   * most cells the search looks at it asks only this of (is a row layered, is there text under a cell), and reading
   * each as a header cell (decoded, normalised, folded, matched) was most of the search.
   */
  filled(r: number, c: number): boolean {
    const known = r >= this.from && r < this.to ? this.read[r - this.from]?.[c] : undefined;
    if (known) return known.text !== "";
    const [row, col] = this.sourceOf(r, c);
    return showsText(this.rows.at(row, col));
  }

  cell(r: number, c: number): HeaderCell {
    let cell: HeaderCell;
    if (r < this.from || r >= this.to) cell = this.readAt(r, c);
    else {
      const row = (this.read[r - this.from] ??= []);
      cell = row[c] ??= this.readAt(r, c);
    }
    if (cell.legacy) this.encoding ??= cell.legacy;
    return cell;
  }

  /**
   * Whether a header row may lie under row `upper`: only under merged group cells, or cells that sit under an empty
   * group. Kept by row: a reading from the row above asks it for its third row, and one from this row for its second.
   */
  layeredUnder(upper: number, width: number): boolean {
    return (this.layered[upper - this.from] ??= this.looksLayered(upper, width));
  }

  private looksLayered(upper: number, width: number): boolean {
    for (let c = 0; c < width; c++) {
      const area = this.merges.areaAt(upper, c);
      if (area && area.top <= upper && (area.right > area.left || area.bottom > upper)) return true;
      if (!this.filled(upper, c) && this.filled(upper + 1, c)) return true;
    }
    return false;
  }

  /** The cell whose value (r, c) shows: itself, or the top-left cell of the merged area it lies in. */
  private sourceOf(r: number, c: number): [number, number] {
    const area = this.merges.areaAt(r, c);
    return area ? [area.top, area.left] : [r, c];
  }

  private readAt(r: number, c: number): HeaderCell {
    const [row, col] = this.sourceOf(r, c);
    const reading = readCell(this.rows.at(row, col), this.grid.fonts?.[row]?.[col], this.typedIn);
    if (reading.kind !== "value") return BLANK;
    const text = String(reading.value);
    const key = foldKey(text);
    return { text, key, named: hasHeaderWord(key), legacy: reading.legacy?.encoding };
  }
}

function mostUsedEncoding(grid: Grid, rows: CellRows, from: number, to: number): LegacyEncoding | undefined {
  let tcvn3 = 0;
  let vni = 0;
  for (let r = from; r < Math.min(to, rows.rowCount); r++) {
    for (let c = 0; c < Math.min(rows.rowLength(r), 400); c++) {
      const v = rows.at(r, c);
      if (typeof v !== "string") continue;
      const e = detectLegacy(v, grid.fonts?.[r]?.[c]);
      if (e === "TCVN3") tcvn3++;
      else if (e === "VNI") vni++;
    }
  }
  return tcvn3 + vni === 0 ? undefined : vni > tcvn3 ? "VNI" : "TCVN3";
}

/**
 * Reads rows [h, h + depth) as the header: each column's path of texts from the top, and the field it names. A
 * reading that cannot name `need` fields is not matched: each field needs a column whose path holds a header word.
 */
function readHeaderRows(
  text: HeaderText,
  h: number,
  depth: number,
  width: number,
  need: number,
): HeaderReading {
  text.encoding = undefined;
  const paths = columnPaths(text, h, depth, width, need);
  if (!paths) return NAMES_TOO_FEW;
  const columns: ReadColumn[] = [];
  const seen = new Set<Field>();
  paths.forEach((path, c) => {
    const mark =
      path.length < 2
        ? undefined
        : valueMarkUnder(matchPart(path, 0, path.length - 1)?.field, path[path.length - 1].text);
    const field = mark?.field ?? bestField(path);
    if (field) seen.add(field);
    columns.push(mark ? { col: c, path, field, mark } : { col: c, path, field });
  });
  splitMergedName(text, h, columns);
  return {
    columns,
    count: seen.size,
    marked: keepValueMarks(columns),
    hasName: seen.has("fullName") || seen.has("givenName"),
    encoding: text.encoding,
  };
}

/** A reading left unmatched: it names fewer fields than any that could win, whatever they are. */
const NAMES_TOO_FEW: HeaderReading = Object.freeze({ columns: [], count: -1, marked: 0, hasName: false });

/**
 * Each column's header cells from row h down, over `depth` rows, top first; undefined as soon as fewer than `need`
 * columns can hold a header word (a data row is given up after its first few cells, most of them never read).
 */
function columnPaths(
  text: HeaderText,
  h: number,
  depth: number,
  width: number,
  need: number,
): HeaderCell[][] | undefined {
  const paths: HeaderCell[][] = [];
  let unnamed = 0;
  // Unmerged group headers are typed once, over the first of their sub-columns: carry them right.
  const carried: HeaderCell[] = [];
  for (let c = 0; c < width; c++) {
    const path: HeaderCell[] = [];
    for (let d = 0; d < depth; d++) {
      const r = h + d;
      const area = text.merges.areaAt(r, c);
      // A cell merged down from a row above adds nothing new, and a header does not start inside one.
      if (area && area.top < r) continue;
      let t = text.cell(r, c);
      const below = d + 1 < depth && text.filled(r + 1, c);
      if (!t.text && !area && d + 1 < depth && below) t = carried[d] ?? BLANK;
      else if (d + 1 < depth) carried[d] = below ? t : BLANK;
      if (t.text && path[path.length - 1]?.text !== t.text) path.push(t);
    }
    if (!path.some((cell) => cell.named) && width - ++unnamed < need) return undefined;
    paths.push(path);
  }
  return paths;
}

/**
 * The field a column's header path names: the whole path or its lowest rows ("Năm sinh / Nam", "Nam"); only when
 * those name nothing, the group above ("Trình độ" over an unknown sub-header), which spans other columns too.
 */
function bestField(path: readonly HeaderCell[]): Field | undefined {
  let field: Field | undefined;
  let score = 0;
  for (let i = 0; i < path.length; i++) {
    const m = matchPart(path, i, path.length);
    if (m && m.score > score) ({ field, score } = m);
  }
  if (field) return field;
  for (let end = path.length - 1; end >= 1; end--) {
    const m = matchPart(path, 0, end);
    if (m && m.score > score) ({ field, score } = m);
  }
  return field;
}

/** What the cells path[from..to) name read as one text ("Năm sinh" over "Nữ" reads "Năm sinh Nữ"). */
function matchPart(path: readonly HeaderCell[], from: number, to: number): HeaderMatch | undefined {
  let named = false;
  for (let i = from; i < to && !named; i++) named = path[i].named;
  if (!named) return undefined;
  if (to - from === 1) return matchFoldedHeader(path[from].key);
  const keys: string[] = [];
  for (let i = from; i < to; i++) if (path[i].key) keys.push(path[i].key);
  return matchFoldedHeader(keys.join(" "));
}

/**
 * "Họ và tên" merged over two columns with nothing under it: the clerk typed the family and middle names in the first
 * and the given name in the second. Any other field merged over several columns is read from its first column.
 */
function splitMergedName(text: HeaderText, h: number, columns: ReadColumn[]): void {
  for (let i = 1; i < columns.length; i++) {
    const col = columns[i];
    const prev = columns[i - 1];
    if (!col.field || col.field !== prev.field || headerOf(col.path) !== headerOf(prev.path)) continue;
    const area = text.merges.areaAt(h, col.col);
    if (!area || area.left === col.col) continue;
    if (col.field === "fullName" && area.right - area.left === 1) {
      prev.field = "familyName";
      col.field = "givenName";
    } else col.field = undefined;
  }
}

/**
 * Value columns come in sets: a field with one column per value has several. A lone "Đại học" under "Trình độ
 * chuyên môn" is a first data row read as a header, not a layout: it stays an ordinary column. Returns how many
 * fields are laid out by value.
 */
function keepValueMarks(columns: ReadColumn[]): number {
  const byField = new Map<Field, ReadColumn[]>();
  for (const column of columns) {
    if (!column.mark) continue;
    const set = byField.get(column.mark.field);
    if (set) set.push(column);
    else byField.set(column.mark.field, [column]);
  }
  let marked = 0;
  for (const set of byField.values()) {
    if (new Set(set.map((c) => c.mark?.code)).size >= 2) marked++;
    else for (const column of set) delete column.mark;
  }
  return marked;
}
