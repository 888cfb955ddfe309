/**
 * Text for the readable output, one line per thing: a file name or a cell's text may hold line breaks, other
 * control characters (a terminal's escape sequences) or invisible bidirectional overrides. They are written as
 * escapes, so one file is always one line and what is printed is what is there.
 */

// Finding control and bidirectional characters is the point of this pattern.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escaped(c: string): string {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Text as one line: unsafe characters as escapes (\n, \u001B …). */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/**
 * A path as one line: as it is when nothing in it is unsafe, otherwise in double quotes with escapes (and its own
 * quotes and backslashes escaped), so a name that really holds the two characters "\n" is told apart.
 *
 * @example shownPath("don-vi\nA.xlsx") // "\"don-vi\\nA.xlsx\""
 */
export function shownPath(path: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(path)) return path;
  return `"${path.replace(/["\\]/g, "\\$&").replace(UNSAFE, escaped)}"`;
}
