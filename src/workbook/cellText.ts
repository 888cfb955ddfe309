/**
 * Text for a cell, escaped the way Excel itself escapes characters XML cannot carry. ExcelJS writes a carriage
 * return raw (XML readers turn it into a line feed) and silently drops other control characters; Excel and
 * ExcelJS both read `_xHHHH_` back as the character. A literal "_x0041_" already in the text is protected as
 * "_x005F_x0041_" so it does not turn into "A" on the way back. Text longer than a cell holds is cut (fitCell).
 */

// Finding control characters is the point of these two patterns.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_XML = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F\uFFFE\uFFFF]/g;

export function cellText(s: string): string {
  return fitCell(s)
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(UNSAFE_IN_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Text for places that cannot hold escapes (table column names, formula literals): controls become spaces. */
export function plainText(s: string): string {
  return s.replace(CONTROL, " ");
}

/** Excel's most characters in one cell. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Text that fits one Excel cell: longer text is cut, never between the two halves of a character, and ends with a
 * marker saying how many characters were left out ("…(+67233)"), so a reader sees it was cut. Excel refuses
 * longer text, and LibreOffice cuts it silently.
 */
export function fitCell(s: string): string {
  if (s.length <= MAX_CELL_CHARS) return s;
  let keep = MAX_CELL_CHARS - `…(+${s.length})`.length;
  const code = s.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep--;
  return `${s.slice(0, keep)}…(+${s.length - keep})`;
}
