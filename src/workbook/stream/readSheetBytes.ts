import type { CellValue, Grid } from "../../core/grid";
import { parseArea } from "../../core/grid";
import type { ContentBudget } from "../bounds/contentBudget";
import { GridBuilder } from "../bounds/gridBuilder";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../bounds/readLimits";
import { WorkbookError } from "../port";
import { unescapeExcel } from "./excelEscapes";
import { scanChunks } from "./scanChunks";
import { digitsText, digitsValue, EXACT_DIGITS, parseRef, REF } from "./cellBytes";
import { keyOf, nameKey, XmlScanner } from "./xmlScanner";
import { AMP, bytesAt, EQUALS, GT, LT, plainTextEnd, QUOTE, SLASH, SPACE } from "./xmlText";

/**
 * One worksheet's XML, scanned as bytes straight into the engine's Grid — the grid the ExcelJS adapter gives
 * (readGrid.ts), with no object per tag or cell: values as Excel's `range.values` (cached formula results, errors as
 * their text, dates as 1900-system serial numbers), merged areas, and each value's font. Numbers and shared-string
 * indexes are read from their digits; only text that is kept is decoded. The grid is built under the file's bounds
 * (GridBuilder): what is kept grows with the values, not with the addresses a file claims.
 */

export interface SheetContext {
  name: string;
  sharedStrings: readonly string[];
  /** Font name of each cell style; index 0 is the default style's. */
  styleFonts: readonly (string | undefined)[];
  /** True for each cell style showing a date; with `date1904`, its numbers move to the 1900 system. */
  styleDates?: readonly boolean[];
  date1904?: boolean;
  budget: ContentBudget;
  limits?: Pick<ReadLimits, "maxColumns" | "maxRows" | "maxXmlToken">;
}

export async function readSheetBytes(
  chunks: AsyncIterable<Uint8Array>,
  path: string,
  ctx: SheetContext,
): Promise<Grid> {
  const scanner = new SheetScanner(path, ctx);
  await scanChunks(chunks, scanner);
  return scanner.grid.build();
}

/** Serial number of 1970-01-01 in Excel's 1900 date system, and milliseconds per day (for t="d" cells). */
const UNIX_EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;
/** Days from the 1900 system's day 0 to the 1904 system's (1 January 1904). */
const DAYS_1900_TO_1904 = 1_462;

const ROW = keyOf("row");
const C = keyOf("c");
const V = keyOf("v");
const F = keyOf("f");
const IS = keyOf("is");
const T = keyOf("t");
const RPH = keyOf("rPh");
const MERGE_CELL = keyOf("mergeCell");
const MERGE_CELL_BYTES = new TextEncoder().encode("mergeCell");
const ATTR_R = keyOf("r");
const ATTR_T = keyOf("t");
const ATTR_S = keyOf("s");
const ATTR_REF = keyOf("ref");

const LETTER_C = 0x63;
const LETTER_R = 0x72;
const LETTER_S = 0x73;
const LETTER_T = 0x74;
const VALUE_START = new TextEncoder().encode("><v>");
const VALUE_END = new TextEncoder().encode("</v></c>");

/** A cell's type (its `t` attribute). */
const enum Type {
  Number,
  Shared,
  Inline,
  Formula,
  Error,
  Boolean,
  Date,
  /** Any other value of `t`: read as a number, as Excel does. */
  Other,
}

const TYPES: ReadonlyMap<number, Type> = new Map([
  [keyOf("n"), Type.Number],
  [keyOf("s"), Type.Shared],
  [keyOf("inlineStr"), Type.Inline],
  [keyOf("str"), Type.Formula],
  [keyOf("e"), Type.Error],
  [keyOf("b"), Type.Boolean],
  [keyOf("d"), Type.Date],
]);

class SheetScanner extends XmlScanner {
  readonly grid: GridBuilder;
  private row = -1;
  private col = -1;
  private type = Type.Number;
  private style = 0;
  private hasFormula = false;
  private hasValue = false;
  private inInline = false;
  private phonetic = 0;
  /** Text gathered inside <v> or an inline <t>: the digits of a number (num ≥ 0, of `digits` digits) or text. */
  private collecting = false;
  private textNum = -1;
  private textDigits = 0;
  private textStr = "";
  /** The cell's value so far, in the same two forms. */
  private valueNum = -1;
  private valueDigits = 0;
  private valueStr = "";

  constructor(
    path: string,
    private readonly ctx: SheetContext,
  ) {
    const limits = ctx.limits ?? DEFAULT_READ_LIMITS;
    super(path, limits.maxXmlToken);
    this.grid = new GridBuilder(ctx.name, limits, ctx.budget, ctx.sharedStrings);
  }

  protected open(buf: Uint8Array, key: number, local: number, nameEnd: number): void {
    switch (key) {
      case C: {
        const r = this.attr(ATTR_R);
        if (r >= 0 && this.attrValueEnd(r) > this.attrValueStart(r) && this.readRef(buf, r)) {
          this.row = REF.row;
          this.col = REF.col;
        } else this.col++;
        const t = this.attr(ATTR_T);
        this.type = t < 0 ? Type.Number : (TYPES.get(this.attrKey(buf, t)) ?? Type.Other);
        const s = this.attr(ATTR_S);
        this.style = s >= 0 && this.attrValueEnd(s) > this.attrValueStart(s) ? this.attrNumber(buf, s) : 0;
        this.hasFormula = this.hasValue = false;
        this.valueNum = -1;
        this.valueStr = "";
        break;
      }
      case V:
        this.hasValue = true;
        this.startText();
        break;
      case ROW: {
        const r = this.attr(ATTR_R);
        this.row =
          r >= 0 && this.attrValueEnd(r) > this.attrValueStart(r) ? this.rowIndex(buf, r) : this.row + 1;
        this.grid.row(this.row);
        this.col = -1;
        break;
      }
      case F:
        this.hasFormula = true;
        break;
      case IS:
        this.inInline = true;
        this.hasValue = true;
        this.valueNum = -1;
        this.valueStr = "";
        break;
      case T:
        if (this.inInline && this.phonetic === 0) this.startText();
        break;
      case RPH:
        this.phonetic++;
        break;
      case MERGE_CELL: {
        if (nameEnd - local !== MERGE_CELL_BYTES.length || !bytesAt(buf, local, MERGE_CELL_BYTES)) break;
        const ref = this.attr(ATTR_REF);
        const area = ref >= 0 ? parseArea(this.attrText(buf, ref)) : undefined;
        if (area) this.grid.merge(area);
        break;
      }
    }
  }

  /**
   * A cell as Excel and LibreOffice write nearly all of them — `<c r="B12" s="3" t="s"><v>42</v></c>` or
   * `<c r="B12" s="3"/>`: attributes among r, s and t in double quotes, a plain value — read in one pass and reported
   * as the tag-by-tag reading reports it. Anything else (a formula, inline text, an entity, other spacing) is 0.
   */
  protected whole(buf: Uint8Array, i: number): number {
    const n = buf.length;
    if (buf[i + 1] !== LETTER_C || buf[i + 2] !== SPACE) return 0;
    const attrs = this.attrs;
    let count = 0;
    let j = i + 3;
    for (;;) {
      if (j + 2 >= n) return 0;
      const b = buf[j];
      if (b === GT || b === SLASH) break;
      const key = b === LETTER_R ? ATTR_R : b === LETTER_S ? ATTR_S : b === LETTER_T ? ATTR_T : 0;
      if (key === 0 || buf[j + 1] !== EQUALS || buf[j + 2] !== QUOTE) return 0;
      for (let k = 0; k < count * 5; k += 5) if (attrs[k] === key) return 0;
      let end = j + 3;
      for (; end < n; end++) {
        const c = buf[end];
        if (c === QUOTE) break;
        if (c === LT || c === AMP || c < SPACE) return 0;
      }
      if (end + 1 >= n) return 0;
      const at = count++ * 5;
      attrs[at] = key;
      attrs[at + 1] = j;
      attrs[at + 2] = j + 1;
      attrs[at + 3] = j + 3;
      attrs[at + 4] = end;
      j = end + 1;
      if (buf[j] === SPACE) j++;
      else if (buf[j] !== GT && buf[j] !== SLASH) return 0;
    }
    this.attrCount = count;
    if (buf[j] === SLASH) {
      if (buf[j + 1] !== GT || j + 2 - i > this.maxToken) return 0;
      this.open(buf, C, i + 1, i + 2);
      this.close(C);
      return j + 2;
    }
    // "><v>", the value, "</v></c>".
    if (!bytesAt(buf, j, VALUE_START)) return 0;
    const start = j + VALUE_START.length;
    const end = plainTextEnd(buf, start);
    if (end < 0 || !bytesAt(buf, end, VALUE_END) || end + VALUE_END.length - i > this.maxToken) return 0;
    this.open(buf, C, i + 1, i + 2);
    this.attrCount = 0; // <v> has none, as the tag-by-tag reading would tell it
    this.open(buf, V, j + 2, j + 3);
    if (end > start) this.text(buf, start, end, 0);
    this.close(V);
    this.close(C);
    return end + VALUE_END.length;
  }

  protected text(buf: Uint8Array, start: number, end: number, flags: number): void {
    if (!this.collecting) return;
    // The common case: the digits of a number or of a shared string's index, alone in their <v>.
    if (
      flags === 0 &&
      this.textNum < 0 &&
      this.textStr === "" &&
      end - start <= EXACT_DIGITS &&
      this.type !== Type.Inline &&
      this.type < Type.Formula
    ) {
      const n = digitsValue(buf, start, end);
      if (n >= 0) {
        this.textNum = n;
        this.textDigits = end - start;
        return;
      }
    }
    this.textStr = this.gathered() + this.textOf(buf, start, end, flags);
    this.textNum = -1;
  }

  protected close(key: number): void {
    switch (key) {
      case C:
        if (this.hasValue) this.putValue();
        else if (this.hasFormula) this.put("");
        break;
      case V:
        if (this.collecting) {
          this.valueNum = this.textNum;
          this.valueDigits = this.textDigits;
          this.valueStr = this.textStr;
        } else {
          this.valueNum = -1;
          this.valueStr = "";
        }
        this.collecting = false;
        break;
      case T:
        if (this.collecting && this.inInline) {
          const run = this.gathered();
          // An inline string is kept as it is: its text counts against the file's text as it grows.
          this.ctx.budget.takeText(run.length, { sheet: this.ctx.name });
          this.valueStr = this.value() + run;
          this.valueNum = -1;
        }
        this.collecting = false;
        break;
      case RPH:
        this.phonetic--;
        break;
      case IS:
        this.inInline = false;
        break;
    }
  }

  private startText(): void {
    this.collecting = true;
    this.textNum = -1;
    this.textStr = "";
  }

  /** The text gathered so far, as text. */
  private gathered(): string {
    return this.textNum >= 0 ? digitsText(this.textNum, this.textDigits) : this.textStr;
  }

  /** The cell's raw value as text. */
  private value(): string {
    return this.valueNum >= 0 ? digitsText(this.valueNum, this.valueDigits) : this.valueStr;
  }

  /** The cell's value; a shared string by its index, so the grid keeps no reference of its own to it. */
  private putValue(): void {
    if (this.type === Type.Shared) {
      const index = this.valueNum >= 0 ? this.valueNum : Number(this.valueStr);
      const s = this.ctx.sharedStrings[index];
      if (s !== undefined && s !== "") this.grid.putShared(this.row, this.col, index, this.font());
    } else this.put(this.cellValue());
  }

  private put(v: CellValue): void {
    this.grid.put(this.row, this.col, v, v === "" ? undefined : this.font());
  }

  /** The font of the cell's style. */
  private font(): string | undefined {
    const fonts = this.ctx.styleFonts;
    return fonts[this.style] ?? fonts[0];
  }

  /** The value of a cell that is not a shared string (putValue puts those). */
  private cellValue(): CellValue {
    const { ctx } = this;
    switch (this.type) {
      case Type.Inline:
        return unescapeExcel(this.valueStr);
      case Type.Formula:
      case Type.Error:
        ctx.budget.takeText(this.valueStr.length, { sheet: ctx.name });
        return this.valueStr;
      case Type.Boolean: {
        const raw = this.value();
        return raw !== "0" && raw !== "";
      }
      case Type.Date: {
        const raw = this.valueStr;
        const ms = Date.parse(raw.endsWith("Z") || /[+-]\d\d:\d\d$/.test(raw) ? raw : `${raw}Z`);
        return Number.isNaN(ms) ? raw : ms / DAY_MS + UNIX_EPOCH_SERIAL;
      }
      default: {
        let n = this.valueNum;
        if (n < 0) {
          const raw = this.valueStr;
          if (raw === "") return "";
          n = Number(raw);
          if (Number.isNaN(n)) return raw;
        }
        // A date in a 1904-system workbook: the engine counts every serial from 1900, as ExcelJS and Excel's own
        // 1900-system workbooks do.
        return ctx.date1904 && ctx.styleDates?.[this.style] ? n + DAYS_1900_TO_1904 : n;
      }
    }
  }

  /** The key of an attribute's value read as a name (`t="s"`). */
  private attrKey(buf: Uint8Array, k: number): number {
    const start = this.attrValueStart(k);
    const end = this.attrValueEnd(k);
    for (let i = start; i < end; i++) if (buf[i] === 0x26) return keyOf(this.attrText(buf, k));
    return nameKey(buf, start, end);
  }

  /** An attribute's value as Number() reads it: from its digits, or from its text. */
  private attrNumber(buf: Uint8Array, k: number): number {
    const start = this.attrValueStart(k);
    const end = this.attrValueEnd(k);
    const n = end - start <= EXACT_DIGITS ? digitsValue(buf, start, end) : -1;
    return n >= 0 ? n : Number(this.attrText(buf, k));
  }

  /** The 0-based row of a `<row r="…">`; a number that is none is a damaged sheet. */
  private rowIndex(buf: Uint8Array, k: number): number {
    const n = this.attrNumber(buf, k);
    if (!Number.isInteger(n) || n < 1)
      throw new WorkbookError("corrupted", `${this.part}: row "${this.attrText(buf, k).slice(0, 20)}"`);
    return n - 1;
  }

  /** Reads a cell's `r` into REF; false when it is no plain A1 reference. */
  private readRef(buf: Uint8Array, k: number): boolean {
    const start = this.attrValueStart(k);
    const end = this.attrValueEnd(k);
    for (let i = start; i < end; i++)
      if (buf[i] === 0x26) {
        const decoded = new TextEncoder().encode(this.attrText(buf, k));
        return parseRef(decoded, 0, decoded.length);
      }
    return parseRef(buf, start, end);
  }
}
