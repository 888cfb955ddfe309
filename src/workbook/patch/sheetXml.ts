import { cellAddress, parseAddress } from "../../core/grid";
import { cellText } from "../cellText";
import { unescapeExcel } from "../stream/excelEscapes";
import { attribute, escapeXml, unescapeXml, withAttribute, withoutAttribute } from "./xmlText";

/** One `<c>` element of a worksheet's XML, found in place. */
export interface CellElement {
  start: number;
  end: number;
  /** The start tag as written ("<c r=\"B5\" s=\"3\" t=\"s\">" or a self-closing one). */
  tag: string;
  /** What lies between the start and end tags ("" for a self-closing element). */
  body: string;
  /** The namespace prefix the writer used for SpreadsheetML ("" for none, "x:" …). */
  prefix: string;
}

/** What a cell element holds, as the reader sees it. */
export interface CellContent {
  value: string | number | boolean | null;
  formula: boolean;
  /** Index into the stylesheet's cell formats (0, the default, when the cell names none). */
  style: number;
}

const TAG = /<((?:\w+:)?)(row|c)(?=[\s/>])([^>]*)>/g;

/**
 * Finds the cells of a worksheet's XML by address, in one pass over its rows: a row or cell without its `r`
 * attribute takes the place after the one before it, as the format says.
 *
 * @param wanted A1 addresses in upper case
 */
export function findCells(xml: string, wanted: ReadonlySet<string>): Map<string, CellElement> {
  const found = new Map<string, CellElement>();
  let row = -1;
  let col = -1;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [tag, prefix, name] = m;
    if (name === "row") {
      const r = attribute(tag, "r");
      row = r !== undefined ? Number(r) - 1 : row + 1;
      col = -1;
      continue;
    }
    const at = parseAddress(attribute(tag, "r") ?? "");
    if (at) [row, col] = [at.row, at.col];
    else col++;
    const selfClosing = tag.endsWith("/>");
    const closeAt = selfClosing ? -1 : xml.indexOf(`</${prefix}c>`, m.index + tag.length);
    const end = selfClosing ? m.index + tag.length : closeAt + `</${prefix}c>`.length;
    const address = cellAddress(row, col);
    if (wanted.has(address))
      found.set(address, {
        start: m.index,
        end,
        tag,
        body: selfClosing ? "" : xml.slice(m.index + tag.length, closeAt),
        prefix,
      });
    TAG.lastIndex = end;
  }
  return found;
}

/** A cell element's value (shared strings resolved, inline text joined), whether it holds a formula, its style. */
export function cellContent(cell: CellElement, sharedStrings: readonly string[]): CellContent {
  const p = cell.prefix;
  const formula = new RegExp(`<${p}f(?=[\\s/>])`).test(cell.body);
  const style = Number(attribute(cell.tag, "s") ?? 0);
  const type = attribute(cell.tag, "t") ?? "n";
  const v = new RegExp(`<${p}v(?:\\s[^>]*)?>([\\s\\S]*?)</${p}v>`).exec(cell.body)?.[1];
  let value: CellContent["value"] = null;
  if (type === "inlineStr") {
    const texts = [...cell.body.matchAll(new RegExp(`<${p}t(?:\\s[^>]*)?>([\\s\\S]*?)</${p}t>`, "g"))];
    value = unescapeExcel(texts.map((t) => unescapeXml(t[1])).join(""));
  } else if (v !== undefined) {
    const text = unescapeXml(v);
    if (type === "s") value = sharedStrings[Number(text)] ?? null;
    else if (type === "b") value = text === "1" || text === "true";
    else if (type === "str" || type === "e") value = unescapeExcel(text);
    else value = Number(text);
  }
  return { value, formula, style };
}

/** The cell element holding a text, inline (the shared strings stay as they are), in the given style. */
export function textCell(cell: CellElement, text: string, style: number): string {
  const p = cell.prefix;
  let tag = withoutAttribute(cell.tag.replace(/\s*\/>$/, ">"), "t");
  tag = withAttribute(tag, "t", "inlineStr");
  tag = style === 0 ? withoutAttribute(tag, "s") : withAttribute(tag, "s", String(style));
  return `${tag}<${p}is><${p}t xml:space="preserve">${escapeXml(cellText(text))}</${p}t></${p}is></${p}c>`;
}

/** The XML with some elements replaced, each given by its place. */
export function replaceElements(
  xml: string,
  replacements: readonly { start: number; end: number; text: string }[],
): string {
  const sorted = [...replacements].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const r of sorted) {
    out += xml.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + xml.slice(at);
}
