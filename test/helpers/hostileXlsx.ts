import { constants, crc32, deflateRawSync } from "node:zlib";
import { buildZip, type ZipInput } from "./zipWriter";

/**
 * Workbooks assembled part by part from the XML Excel writes, for the files a reader must survive: cells and
 * merges at the edge of the sheet, parts that differ only by case, sheets sharing one part, directories that lie
 * about sizes, UTF-16 parts, bytes after the archive, the 1904 date system. Deterministic (no dates in the zip).
 * Large parts are deflated without ever holding their text: see `repeatedDeflate`.
 */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface HostileSheet {
  name: string;
  /** The worksheet part: its XML, or data already deflated. */
  xml: string | { data: Uint8Array; size: number; crc: number };
  /** Where the workbook's relationship points (default `worksheets/sheetN.xml`); several sheets may share one. */
  target?: string;
  /** Size written in the zip directory instead of the true one (a directory that lies). */
  declaredSize?: number;
}

export interface HostileWorkbook {
  sheets: HostileSheet[];
  /** `<workbookPr date1904="1"/>`, as Excel for Mac 2011 wrote by default. */
  date1904?: boolean;
  sharedStrings?: string[];
  /** styles.xml; a minimal one (one font, two cell formats: General and dd/mm/yyyy) when absent. */
  styles?: string;
  /** Parts added as they are (twins differing by case, duplicates …). */
  extra?: ZipInput[];
  /** Bytes after the end of the archive. */
  trailing?: Uint8Array;
  /** Encodes every XML part of the workbook (not the package parts) as UTF-16LE with a byte-order mark. */
  utf16?: boolean;
}

/** Escapes text for XML content. */
export function xmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A cell with an inline string (as many writers other than Excel leave them). */
export function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${xmlText(text)}</t></is></c>`;
}

/** A cell with a number, optionally in style `s`. */
export function numberCell(ref: string, n: number, s?: number): string {
  return `<c r="${ref}"${s === undefined ? "" : ` s="${s}"`}><v>${n}</v></c>`;
}

/** A worksheet part holding `rows` (each already `<row …>…</row>` XML) and optional merged areas. */
export function sheetXml(rows: string[], merges: string[] = []): string {
  const mergeXml = merges.length
    ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  return `${XML_DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join("")}</sheetData>${mergeXml}</worksheet>`;
}

/** A `<row>` with its Excel row number and cells. */
export function rowXml(r: number, cells: string[]): string {
  return `<row r="${r}">${cells.join("")}</row>`;
}

const MINIMAL_STYLES =
  `${XML_DECL}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="Times New Roman"/></font></fonts>' +
  '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="164" fontId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="14" fontId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';

/** The .xlsx bytes of the workbook described. */
export function hostileXlsx(book: HostileWorkbook): Uint8Array {
  const encode = (xml: string): string | Uint8Array =>
    book.utf16
      ? Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le"),
        ])
      : xml;
  const targets = book.sheets.map((s, i) => s.target ?? `worksheets/sheet${i + 1}.xml`);
  const rels = [
    ...targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${t}"/>`),
    `<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`,
    ...(book.sharedStrings
      ? [`<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`]
      : []),
  ];
  const workbook =
    `${XML_DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<workbookPr${book.date1904 ? ' date1904="1"' : ""} defaultThemeVersion="124226"/><sheets>` +
    book.sheets
      .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("") +
    "</sheets></workbook>";
  const parts: ZipInput[] = [
    {
      name: "[Content_Types].xml",
      data:
        `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        "</Types>",
      deflate: true,
    },
    {
      name: "_rels/.rels",
      data: `${XML_DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      deflate: true,
    },
    { name: "xl/workbook.xml", data: encode(workbook), deflate: true },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: encode(`${XML_DECL}<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`),
      deflate: true,
    },
    { name: "xl/styles.xml", data: encode(book.styles ?? MINIMAL_STYLES), deflate: true },
  ];
  if (book.sharedStrings)
    parts.push({
      name: "xl/sharedStrings.xml",
      data: encode(
        `${XML_DECL}<sst xmlns="${MAIN}" count="${book.sharedStrings.length}" uniqueCount="${book.sharedStrings.length}">` +
          book.sharedStrings.map((s) => `<si><t>${xmlText(s)}</t></si>`).join("") +
          "</sst>",
      ),
      deflate: true,
    });
  const written = new Set<string>();
  book.sheets.forEach((s, i) => {
    const name = `xl/${targets[i]}`;
    if (written.has(name)) return;
    written.add(name);
    parts.push(
      typeof s.xml === "string"
        ? { name, data: encode(s.xml), deflate: true, declaredSize: s.declaredSize }
        : { name, data: "", deflated: s.xml, declaredSize: s.declaredSize },
    );
  });
  parts.push(...(book.extra ?? []));
  return buildZip(parts, { trailing: book.trailing });
}

/**
 * Raw deflate of `head`, then `unit` repeated `count` times, then `tail`, built without the inflated text: each
 * piece is compressed on its own and ended with a full flush, which leaves nothing for the next piece to refer
 * back to, so one compressed unit can be repeated as it is. Gigabytes of XML cost megabytes and milliseconds.
 */
export function repeatedDeflate(
  head: string,
  unit: string,
  count: number,
  tail: string,
): { data: Uint8Array; size: number; crc: number } {
  const full = { finishFlush: constants.Z_FULL_FLUSH };
  const h = Buffer.from(head);
  const u = Buffer.from(unit);
  const t = Buffer.from(tail);
  const hz = deflateRawSync(h, full);
  const uz = deflateRawSync(u, full);
  const tz = deflateRawSync(t);
  const data = Buffer.allocUnsafe(hz.length + uz.length * count + tz.length);
  hz.copy(data, 0);
  for (let i = 0; i < count; i++) uz.copy(data, hz.length + i * uz.length);
  tz.copy(data, hz.length + uz.length * count);
  let crc = crc32(h);
  for (let i = 0; i < count; i++) crc = crc32(u, crc);
  crc = crc32(t, crc);
  return { data: new Uint8Array(data), size: h.length + u.length * count + t.length, crc };
}

/** The opening of a worksheet part up to <sheetData>, and its closing: for parts built by `repeatedDeflate`. */
export const SHEET_HEAD = `${XML_DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`;
export const SHEET_TAIL = "</sheetData></worksheet>";
