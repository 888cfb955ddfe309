import type { SaxesTagPlain } from "saxes";
import type { CellArea, CellValue, Grid } from "../../core/grid";
import { parseAddress } from "../../core/grid";
import { localName, parseXml, unescapeExcel } from "./parseXml";

/**
 * One worksheet's XML, streamed straight into the engine's Grid — the same grid the ExcelJS adapter gives
 * (readGrid.ts), without building ExcelJS's cell objects: values as Excel's `range.values` (cached formula
 * results, errors as their text, dates as serial numbers), merged areas, and each non-empty cell's font.
 */

export interface SheetContext {
  name: string;
  sharedStrings: readonly string[];
  /** Font name of each cell style; index 0 is the default style's. */
  styleFonts: readonly (string | undefined)[];
}

/** Serial number of 1970-01-01 in Excel's 1900 date system, and milliseconds per day (for t="d" cells). */
const UNIX_EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;

export async function readSheetXml(
  chunks: AsyncIterable<string>,
  path: string,
  ctx: SheetContext,
): Promise<Grid> {
  const values: CellValue[][] = [];
  const fonts: (string | undefined)[][] = [];
  const merges: CellArea[] = [];
  let columns = 0;

  let row = -1;
  let col = -1;
  let type = "";
  let style = 0;
  let text: string[] | undefined;
  let hasFormula = false;
  let hasValue = false;
  let inInline = false;
  let phonetic = 0;
  let value = "";

  const put = (v: CellValue) => {
    const r = (values[row] ??= []);
    r[col] = v;
    if (v !== "") (fonts[row] ??= [])[col] = ctx.styleFonts[style] ?? ctx.styleFonts[0];
    if (col + 1 > columns) columns = col + 1;
  };

  await parseXml(chunks, path, {
    open(tag: SaxesTagPlain) {
      switch (localName(tag.name)) {
        case "row": {
          const r = tag.attributes.r;
          row = r ? Number(r) - 1 : row + 1;
          col = -1;
          break;
        }
        case "c": {
          const a = tag.attributes;
          const at = a.r ? decodeRef(a.r) : -1;
          if (at >= 0) {
            row = Math.floor(at / COLUMN_SPAN);
            col = at % COLUMN_SPAN;
          } else col++;
          type = a.t ?? "n";
          style = a.s ? Number(a.s) : 0;
          hasFormula = hasValue = false;
          value = "";
          break;
        }
        case "f":
          hasFormula = true;
          break;
        case "v":
          hasValue = true;
          text = [];
          break;
        case "is":
          inInline = true;
          hasValue = true;
          value = "";
          break;
        case "t":
          if (inInline && phonetic === 0) text = [];
          break;
        case "rPh":
          phonetic++;
          break;
        case "mergeCell": {
          const area = areaOf(tag.attributes.ref);
          if (area) merges.push(area);
          break;
        }
      }
    },
    text(t) {
      if (text) text.push(t);
    },
    close(name) {
      switch (localName(name)) {
        case "v":
          value = text ? text.join("") : "";
          text = undefined;
          break;
        case "t":
          if (text && inInline) value += text.join("");
          text = undefined;
          break;
        case "rPh":
          phonetic--;
          break;
        case "is":
          inInline = false;
          break;
        case "c":
          if (hasValue) put(cellValue(type, value, ctx));
          else if (hasFormula) put("");
          break;
      }
    },
  });

  let rows = values.length;
  for (const m of merges) {
    rows = Math.max(rows, m.bottom + 1);
    columns = Math.max(columns, m.right + 1);
  }
  // Excel gives "" for every cell of a merged area but its top-left one, as ExcelJS does when it loads one.
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        if ((r === m.top && c === m.left) || values[r]?.[c] === undefined) continue;
        values[r][c] = "";
        if (fonts[r]) fonts[r][c] = undefined;
      }
  // A 500,000-row roster would otherwise carry a second 500,000 × 22 table of one font name. Rows whose non-empty
  // cells share one font get one shared row of that font (fonts only matter where there is a value; the grid is
  // only read); rows arrays are cut to their exact width.
  const uniform = new Map<string | undefined, (string | undefined)[]>();
  for (let r = 0; r < rows; r++) {
    const line = values[r] ?? [];
    const exact = new Array<CellValue>(columns);
    for (let c = 0; c < columns; c++) exact[c] = line[c] ?? "";
    values[r] = exact;
    const f = fonts[r];
    const one = f ? soleFont(f, exact) : undefined;
    if (!f || one !== false) {
      let shared = uniform.get(one || undefined);
      if (!shared)
        uniform.set(
          one || undefined,
          (shared = new Array<string | undefined>(columns).fill(one || undefined)),
        );
      fonts[r] = shared;
    }
  }
  return { name: ctx.name, values, merges, fonts };
}

/** The one font of a row's non-empty cells, undefined for none, false when they differ. */
function soleFont(
  fonts: readonly (string | undefined)[],
  values: readonly CellValue[],
): string | undefined | false {
  let one: string | undefined;
  let seen = false;
  for (let c = 0; c < values.length; c++) {
    if (values[c] === "") continue;
    if (!seen) {
      one = fonts[c];
      seen = true;
    } else if (fonts[c] !== one) return false;
  }
  return one;
}

function cellValue(type: string, raw: string, ctx: SheetContext): CellValue {
  switch (type) {
    case "s": {
      const s = ctx.sharedStrings[Number(raw)];
      return s === undefined ? "" : s;
    }
    case "inlineStr":
      return unescapeExcel(raw);
    case "str":
    case "e":
      return raw;
    case "b":
      return raw !== "0" && raw !== "";
    case "d": {
      const ms = Date.parse(raw.endsWith("Z") || /[+-]\d\d:\d\d$/.test(raw) ? raw : `${raw}Z`);
      return Number.isNaN(ms) ? raw : ms / DAY_MS + UNIX_EPOCH_SERIAL;
    }
    default: {
      if (raw === "") return "";
      const n = Number(raw);
      return Number.isNaN(n) ? raw : n;
    }
  }
}

/** Columns per row in the packed reference below (Excel has 16,384). */
const COLUMN_SPAN = 1 << 15;

/** "AB12" → row * COLUMN_SPAN + column, 0-based; -1 when it is no plain A1 reference. Hot path: no regex, no object. */
function decodeRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
  }
  if (col === 0 || col > COLUMN_SPAN || i === ref.length) return -1;
  let row = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    row = row * 10 + ch - 48;
  }
  return row === 0 ? -1 : (row - 1) * COLUMN_SPAN + col - 1;
}

function areaOf(ref: string | undefined): CellArea | undefined {
  if (!ref) return undefined;
  const [from, to = from] = ref.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
