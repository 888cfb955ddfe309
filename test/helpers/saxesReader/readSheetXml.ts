import type { SaxesTagPlain } from "saxes";
import type { CellValue, Grid } from "../../../src/core/grid";
import { parseArea } from "../../../src/core/grid";
import { GridBuilder } from "../../../src/workbook/bounds/gridBuilder";
import { DEFAULT_READ_LIMITS } from "../../../src/workbook/bounds/readLimits";
import { WorkbookError } from "../../../src/workbook/port";
import type { SheetContext } from "../../../src/workbook/stream/readSheetBytes";
import { localName, parseXml, unescapeExcel } from "./parseXml";

/**
 * One worksheet's XML, streamed straight into the engine's Grid — the same grid the ExcelJS adapter gives
 * (readGrid.ts), without building ExcelJS's cell objects: values as Excel's `range.values` (cached formula
 * results, errors as their text, dates as 1900-system serial numbers), merged areas, and each value's font.
 * The grid is built under the file's bounds (GridBuilder): what is kept grows with the values, not with the
 * addresses a file claims.
 */

// The context is the product's: only the parsing differs in this reference.
export type { SheetContext };

/** Serial number of 1970-01-01 in Excel's 1900 date system, and milliseconds per day (for t="d" cells). */
const UNIX_EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;
/** Days from the 1900 system's day 0 to the 1904 system's (1 January 1904). */
const DAYS_1900_TO_1904 = 1_462;

export async function readSheetXml(
  chunks: AsyncIterable<string>,
  path: string,
  ctx: SheetContext,
): Promise<Grid> {
  const limits = ctx.limits ?? DEFAULT_READ_LIMITS;
  const grid = new GridBuilder(ctx.name, limits, ctx.budget);
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
  const put = (v: CellValue) =>
    grid.put(row, col, v, v === "" ? undefined : (ctx.styleFonts[style] ?? ctx.styleFonts[0]));
  await parseXml(
    chunks,
    path,
    {
      open(tag: SaxesTagPlain) {
        switch (localName(tag.name)) {
          case "row": {
            const r = tag.attributes.r;
            row = r ? rowIndex(r, path) : row + 1;
            grid.row(row);
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
            const area = parseArea(tag.attributes.ref ?? "");
            if (area) grid.merge(area);
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
            if (text && inInline) {
              const run = text.join("");
              // An inline string is kept as it is: its text counts against the file's text as it grows.
              ctx.budget.takeText(run.length, { sheet: ctx.name });
              value += run;
            }
            text = undefined;
            break;
          case "rPh":
            phonetic--;
            break;
          case "is":
            inInline = false;
            break;
          case "c":
            if (hasValue) put(cellValue(type, value, style, ctx));
            else if (hasFormula) put("");
            break;
        }
      },
    },
    limits.maxXmlToken,
  );
  return grid.build();
}

/** The 0-based row of a `<row r="…">`; a number that is none is a damaged sheet. */
function rowIndex(r: string, path: string): number {
  const n = Number(r);
  if (!Number.isInteger(n) || n < 1) throw new WorkbookError("corrupted", `${path}: row "${r.slice(0, 20)}"`);
  return n - 1;
}

function cellValue(type: string, raw: string, style: number, ctx: SheetContext): CellValue {
  switch (type) {
    case "s": {
      const s = ctx.sharedStrings[Number(raw)];
      return s === undefined ? "" : s;
    }
    case "inlineStr":
      return unescapeExcel(raw);
    case "str":
    case "e":
      ctx.budget.takeText(raw.length, { sheet: ctx.name });
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
      if (Number.isNaN(n)) return raw;
      // A date in a 1904-system workbook: the engine counts every serial from 1900, as ExcelJS and Excel's own
      // 1900-system workbooks do.
      return ctx.date1904 && ctx.styleDates?.[style] ? n + DAYS_1900_TO_1904 : n;
    }
  }
}

/** Columns per row in the packed reference below (Excel has 16,384). */
const COLUMN_SPAN = 1 << 15;
/** Rows a packed reference can carry exactly (far past Excel's 1,048,576). */
const MAX_ROW_NUMBER = 2 ** 31;

/** "AB12" → row * COLUMN_SPAN + column, 0-based; -1 when it is no plain A1 reference. Hot path: no regex, no object. */
function decodeRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
    if (col > COLUMN_SPAN) return -1;
  }
  if (col === 0 || i === ref.length) return -1;
  let row = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    // Past Excel's last row it only matters that it is past: held where the packed number stays exact.
    row = Math.min(row * 10 + ch - 48, MAX_ROW_NUMBER);
  }
  return row === 0 ? -1 : (row - 1) * COLUMN_SPAN + col - 1;
}
