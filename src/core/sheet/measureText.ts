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
function charEm(ch: string, bold: boolean): number {
  const b = bold ? 0.04 : 0;
  if (ch === " ") return 0.25;
  if ("il.,:;'|!`".includes(ch)) return 0.28 + b;
  if ("jtfrI()[]-/".includes(ch)) return 0.34 + b;
  if ("mwMW".includes(ch)) return ch === ch.toUpperCase() ? 0.92 + b : 0.76 + b;
  if (/[0-9]/.test(ch)) return 0.5 + b;
  if (/[A-ZĐ]/.test(ch)) return 0.72 + b;
  if (/[a-zđ]/.test(ch)) return 0.49 + b;
  if ("—…".includes(ch)) return 1;
  return 0.55 + b;
}

const MARKS = /[\u0300-\u036f]/g;

/** The printed width of a line of text in points. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize("NFD").replace(MARKS, "")) em += charEm(ch, bold);
  return em * size;
}

/**
 * The lines a text takes in a cell `width` points wide, wrapping at spaces as a spreadsheet does (a word longer
 * than the line is cut), each "\n" starting a new line.
 */
export function wrapLines(text: string, width: number, size: number, bold = false): number {
  const inner = Math.max(1, width - 2 * CELL_PADDING);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word, size, bold);
      const gap = used > 0 ? textWidth(" ", size, bold) : 0;
      if (used > 0 && used + gap + w > inner) {
        lines++;
        used = 0;
      }
      if (w > inner) {
        // A word wider than the cell breaks wherever the line ends.
        lines += Math.ceil(w / inner) - 1;
        used = w % inner;
      } else used += (used > 0 ? gap : 0) + w;
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
