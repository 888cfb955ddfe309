import { parseAddress, type CellValue } from "../core/grid";
import type { CellLink } from "../core/sheet";
import { plainText } from "./cellText";

/**
 * A cell link as a HYPERLINK formula with its result cached. Excel and LibreOffice both follow
 * `=HYPERLINK("#'Sheet'!B15","B15")` (LibreOffice parses the Excel A1 form when it jumps), and both keep it
 * unchanged when they save. The alternative, a <hyperlink> element, is what ExcelJS writes badly: it adds an
 * external relationship to "#Sheet!B15", which LibreOffice turns into a link to another file.
 * Every piece of text is inside a string literal with its quotes doubled, so nothing from the data can become
 * formula syntax.
 */

export interface LinkFormula {
  formula: string;
  result: string | number;
}

/** Excel's cap on a string literal in a formula, and on HYPERLINK's link location. */
const MAX_LITERAL = 255;

/**
 * The formula for a link, or undefined when there is nothing safe to follow: a target that is not a plain A1 cell
 * address, too long, or in a file that is not a relative local path (then the cell is written as plain text).
 */
export function linkFormula(link: CellLink, shown: CellValue): LinkFormula | undefined {
  if (!parseAddress(link.cell)) return undefined;
  const file = link.file === undefined ? undefined : localRelativePath(link.file);
  if (link.file !== undefined && file === undefined) return undefined;
  const sheetRef = `'${plainText(link.sheet).replace(/'/g, "''")}'!${link.cell.replace(/\$/g, "").toUpperCase()}`;
  const target = plainText(file ? `${file}#${sheetRef}` : `#${sheetRef}`);
  if (target.length > MAX_LITERAL) return undefined;
  if (typeof shown === "number" && Number.isFinite(shown))
    return { formula: `HYPERLINK(${literal(target)},${shown})`, result: shown };
  // The cached result is what the formula computes: the same trimmed, control-free text.
  const text = plainText(shown === null || shown === "" ? link.cell : String(shown)).slice(0, MAX_LITERAL);
  return { formula: `HYPERLINK(${literal(target)},${literal(text)})`, result: text };
}

/** A formula string literal: quotes doubled, nothing else can end it. */
function literal(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * A path relative to the report that a link may follow, with backslashes as slashes; undefined for anything else:
 * an absolute path ("/…", "D:/…"), a network path (\\host\share\… — also what a file so named on Linux becomes),
 * or anything starting like a URL ("http:…", "file:…", "javascript:…"). A link then cannot reach another machine
 * or run anything, however a submitted file is named.
 */
export function localRelativePath(path: string): string | undefined {
  const p = path.replace(/\\/g, "/");
  if (p.startsWith("/") || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(p)) return undefined;
  return p;
}
