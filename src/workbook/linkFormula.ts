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

/** The formula for a link, or undefined when the target is not a plain A1 cell address or is too long to follow. */
export function linkFormula(link: CellLink, shown: CellValue): LinkFormula | undefined {
  if (!parseAddress(link.cell)) return undefined;
  const sheetRef = `'${plainText(link.sheet).replace(/'/g, "''")}'!${link.cell.replace(/\$/g, "").toUpperCase()}`;
  const target = plainText(link.file ? `${safeRelativePath(link.file)}#${sheetRef}` : `#${sheetRef}`);
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
 * A path relative to the report, made safe to follow: backslashes become slashes, and a first segment that
 * looks like a URL scheme ("javascript:…", "http:…", from a strangely named file) gets "./" so it stays a
 * file name. A one-letter scheme is a Windows drive and is left alone.
 */
export function safeRelativePath(path: string): string {
  const p = path.replace(/\\/g, "/");
  return /^[A-Za-z][A-Za-z0-9+.-]+:/.test(p) ? `./${p}` : p;
}
