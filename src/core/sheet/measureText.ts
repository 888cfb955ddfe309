/**
 * Estimates how wide text and columns print, so the layout can size rows, keep blocks on one page and check that
 * a table fits the paper without shrinking its text. Estimates err on the generous side: a row a little too tall
 * wastes a line, a row too short hides text.
 *
 * Column widths are in Excel's unit (characters of the workbook's default font, Calibri 11). Excel draws a column
 * of w characters ⌊(256w + 18) / 256 × 7⌋ pixels wide; LibreOffice, with Calibri's metric twin Carlito, about
 * 5.55 pt per character (measured on its PDFs). Fitting uses the wider, wrapping the narrower.
 */

/** Width of a column as Excel draws it, in points. */
export function excelColumnPoints(chars: number): number {
  return Math.floor(((256 * chars + 18) / 256) * 7) * 0.75;
}

/** Width of a column as the wider of Excel and LibreOffice prints it, in points: what must fit the paper. */
export function printedColumnPoints(chars: number): number {
  return Math.max(excelColumnPoints(chars), chars * 5.6);
}

/** Space a cell keeps free on each side of its text, in points. */
const CELL_PADDING = 2.5;

/** Widths of Times New Roman letters in ems, by kind (bold is a little wider). Marks are dropped first. */
function charEm(code: number, bold: boolean): number {
  if (code === 0x20) return 0.25;
  if (code === 0x2014 || code === 0x2026) return 1; // — …
  const kind = code < 0x80 ? ASCII_EM[code] : code === 0x110 ? 0.72 : code === 0x111 ? 0.49 : 0.55; // Đ đ
  return kind + (bold ? 0.04 : 0);
}

/** Regular widths of the ASCII characters. */
const ASCII_EM = (() => {
  const em = new Array<number>(0x80).fill(0.55);
  const set = (chars: string, w: number) => {
    for (const ch of chars) em[ch.charCodeAt(0)] = w;
  };
  set("abcdefghijklmnopqrstuvwxyz", 0.49);
  set("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 0.72);
  set("0123456789", 0.5);
  set("jtfrI()[]-/", 0.34);
  set("il.,:;'|!`", 0.28);
  set("mw", 0.76);
  set("MW", 0.92);
  return em;
})();

const MARKS = /[\u0300-\u036f]/g;

/**
 * Ems of each UTF-16 unit met, regular and bold (NaN until first met): a character's width is that of its letter
 * without its marks ("ộ" as "o"). Looked up per character, a report of 100,000 rows measures its text without
 * building a string per word. Made on first use: a command that writes no report does not pay for them.
 */
let charEms: [Float64Array, Float64Array] | undefined;

function emTable(bold: boolean): Float64Array {
  charEms ??= [new Float64Array(0x10000).fill(NaN), new Float64Array(0x10000).fill(NaN)];
  return charEms[bold ? 1 : 0];
}

/**
 * Ems of a character the table does not hold yet, kept for the next time. The measuring loops read the table
 * themselves and call this only on a miss: with the lookup behind a helper, measuring a findings table's texts
 * inside a report took three to four times as long as the same texts measured alone (V8 compiled the loop apart
 * from the helper once the report's other measuring had run). Surrogates are never kept: a pair (a character beyond
 * U+FFFF, measured whole and rare) must miss, so the loop knows to step over its second half.
 */
function firstSight(text: string, i: number, table: Float64Array, bold: boolean): number {
  const unit = text.charCodeAt(i);
  const code = text.codePointAt(i)!;
  if (code > 0xffff) return bareEm(String.fromCodePoint(code), bold);
  const em = bareEm(String.fromCharCode(unit), bold);
  if (unit < 0xd800 || unit > 0xdfff) table[unit] = em;
  return em;
}

/** Ems of a text with its marks dropped. */
function bareEm(text: string, bold: boolean): number {
  let em = 0;
  const bare = text.normalize("NFD").replace(MARKS, "");
  for (let i = 0; i < bare.length; i++) {
    const code = bare.codePointAt(i)!;
    if (code > 0xffff) i++;
    em += charEm(code, bold);
  }
  return em;
}

/** Whether the UTF-16 unit at `i` starts a pair (a character beyond U+FFFF takes two units). */
function startsPair(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit < 0xdc00 && text.codePointAt(i)! > 0xffff;
}

/** The printed width of a line of text in points. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = emTable(bold);
  let ems = 0;
  for (let i = 0; i < text.length; i++) {
    const em = table[text.charCodeAt(i)];
    if (em === em) ems += em;
    else {
      ems += firstSight(text, i, table, bold);
      if (startsPair(text, i)) i++;
    }
  }
  return ems * size;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/**
 * The lines a text takes in a cell `width` points wide, wrapping at spaces as a spreadsheet does (a word longer
 * than the line is cut), each "\n" starting a new line. One pass over the characters: no word strings.
 */
export function wrapLines(text: string, width: number, size: number, bold = false): number {
  const inner = Math.max(1, width - 2 * CELL_PADDING);
  const space = charEm(SPACE, bold) * size;
  const table = emTable(bold);
  const end = text.length;
  let lines = 1;
  let used = 0;
  let word = 0;
  for (let i = 0; i <= end; i++) {
    const unit = i < end ? text.charCodeAt(i) : NEWLINE;
    if (unit !== SPACE && unit !== NEWLINE) {
      const em = table[unit];
      if (em === em) word += em;
      else {
        word += firstSight(text, i, table, bold);
        if (startsPair(text, i)) i++;
      }
      continue;
    }
    // A word ends: it goes on this line after a space, or starts the next.
    const w = word * size;
    word = 0;
    if (used > 0 && used + space + w > inner) {
      lines++;
      used = 0;
    }
    if (w > inner) {
      // A word wider than the cell breaks wherever the line ends.
      lines += Math.ceil(w / inner) - 1;
      used = w % inner;
    } else used += (used > 0 ? space : 0) + w;
    if (unit === NEWLINE && i < end) {
      lines++;
      used = 0;
    }
  }
  return lines;
}

/** Points a row needs for `lines` lines of text of `size` points (Times New Roman's line spacing and the cell's padding). */
export function rowHeightFor(lines: number, size: number): number {
  const raw = Math.max(1, lines) * size * 1.15 + 2.5;
  // Excel keeps row heights in steps of 0.75 pt (one pixel).
  return Math.ceil(raw / 0.75) * 0.75;
}

/** The inner width for wrapping text across columns `from`…`from + span − 1`, as Excel (the narrower) draws them. */
export function spanWidth(widths: readonly number[], from: number, span: number): number {
  let w = 0;
  for (let i = from; i < from + span; i++) w += excelColumnPoints(widths[i] ?? 8.43);
  return w;
}
