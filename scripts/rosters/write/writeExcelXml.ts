import { buildZip } from "../../../test/helpers/zipWriter";
import { columnIndex, columnLetters, type SheetSpec, type WorkbookSpec } from "../model";
import { StyleSheet } from "./excelStyles";
import { excelSerial, layoutSheet, rowHeights, type LaidCell } from "./layout";

/**
 * Writer (b): the parts of an .xlsx assembled by hand the way Excel 2010–2016 writes them — shared strings,
 * styles with real fonts, <sheetPr>/<sheetView>, <mergeCells>, data validations, hidden sheets, and
 * `date1904="1"` in <workbookPr> when the spec asks for the 1904 date system.
 */
export function writeWithExcelXml(book: WorkbookSpec): Uint8Array {
  const styles = new StyleSheet(book.sheets[0].font);
  const strings = new SharedStrings();
  const sheets = book.sheets.map((s, i) =>
    sheetXml(s, i === (book.activeSheet ?? 0), !!book.date1904, styles, strings),
  );
  const n = book.sheets.length;
  const sheetParts = sheets.map((xml, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    data: xml,
    deflate: true,
  }));
  return buildZip([
    { name: "[Content_Types].xml", data: contentTypes(n), deflate: true },
    { name: "_rels/.rels", data: ROOT_RELS, deflate: true },
    { name: "xl/_rels/workbook.xml.rels", data: workbookRels(n), deflate: true },
    { name: "xl/workbook.xml", data: workbookXml(book), deflate: true },
    ...sheetParts,
    { name: "xl/styles.xml", data: styles.toXml(), deflate: true },
    { name: "xl/sharedStrings.xml", data: strings.toXml(), deflate: true },
    { name: "docProps/core.xml", data: CORE, deflate: true },
    { name: "docProps/app.xml", data: appXml(book), deflate: true },
  ]);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

class SharedStrings {
  private readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  private uses = 0;

  add(text: string): number {
    this.uses++;
    const known = this.index.get(text);
    if (known !== undefined) return known;
    this.list.push(text);
    this.index.set(text, this.list.length - 1);
    return this.list.length - 1;
  }

  toXml(): string {
    const items = this.list.map((t) => {
      const preserve = /^\s|\s$|\n|\s\s/.test(t) ? ' xml:space="preserve"' : "";
      return `<si><t${preserve}>${esc(t)}</t></si>`;
    });
    return `${XML_HEAD}<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${this.list.length}">${items.join("")}</sst>`;
  }
}

function sheetXml(
  sheet: SheetSpec,
  selected: boolean,
  date1904: boolean,
  styles: StyleSheet,
  strings: SharedStrings,
): string {
  const cells = layoutSheet(sheet);
  const heights = rowHeights(sheet);
  const byRow = new Map<number, LaidCell[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const rows = [...new Set([...byRow.keys(), ...heights.keys()])].sort((a, b) => a - b);
  const maxCol = Math.max(0, ...cells.map((c) => c.col));
  const maxRow = Math.max(1, ...rows);

  const rowXml = rows.map((r) => {
    const list = byRow.get(r) ?? [];
    const spans = list.length ? ` spans="${list[0].col + 1}:${list[list.length - 1].col + 1}"` : "";
    const ht = heights.has(r) ? ` ht="${heights.get(r)}" customHeight="1"` : "";
    const body = list.map((c) => cellXml(c, date1904, styles, strings)).join("");
    return `<row r="${r}"${spans}${ht}>${body}</row>`;
  });

  const view = sheet.freeze ? paneXml(sheet.freeze) : "";
  const cols = Object.entries(sheet.widths ?? {})
    .map(([l, w]) => [columnIndex(l) + 1, w] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`)
    .join("");
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  const validations = sheet.validations?.length
    ? `<dataValidations count="${sheet.validations.length}">` +
      sheet.validations
        .map(
          (v) =>
            `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${v.range}">` +
            `<formula1>${esc(v.list)}</formula1></dataValidation>`,
        )
        .join("") +
      "</dataValidations>"
    : "";
  return (
    XML_HEAD +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}" ` +
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" ' +
    'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${columnLetters(maxCol)}${maxRow}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} zoomScale="85" zoomScaleNormal="85" workbookViewId="0">${view}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15.75" x14ac:dyDescent="0.25"/>' +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${rowXml.join("")}</sheetData>` +
    merges +
    validations +
    '<pageMargins left="0.7" right="0.45" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>' +
    "</worksheet>"
  );
}

function cellXml(c: LaidCell, date1904: boolean, styles: StyleSheet, strings: SharedStrings): string {
  const ref = `${columnLetters(c.col)}${c.row}`;
  const s = styles.xf(c.format);
  const v = c.content;
  switch (v.kind) {
    case "empty":
      return `<c r="${ref}" s="${s}"/>`;
    case "text":
      // A formula's text result is stored in the cell (t="str"), not in the shared strings, as Excel does.
      return v.formula
        ? `<c r="${ref}" s="${s}" t="str"><f>${esc(v.formula)}</f><v>${esc(v.text)}</v></c>`
        : `<c r="${ref}" s="${s}" t="s"><v>${strings.add(v.text)}</v></c>`;
    case "number":
      return `<c r="${ref}" s="${s}">${v.formula ? `<f>${esc(v.formula)}</f>` : ""}<v>${v.n}</v></c>`;
    case "date":
      return `<c r="${ref}" s="${s}"><v>${excelSerial(v.iso, date1904)}</v></c>`;
    case "error":
      return `<c r="${ref}" s="${s}" t="e">${v.formula ? `<f>${esc(v.formula)}</f>` : ""}<v>${esc(v.error)}</v></c>`;
  }
}

function paneXml(topLeft: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(topLeft)!;
  const x = columnIndex(m[1]);
  const y = Number(m[2]) - 1;
  const split = (x ? ` xSplit="${x}"` : "") + (y ? ` ySplit="${y}"` : "");
  const pane = x && y ? "bottomRight" : y ? "bottomLeft" : "topRight";
  return (
    `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

function workbookXml(book: WorkbookSpec): string {
  const sheets = book.sheets
    .map((s, i) => {
      const state = s.state && s.state !== "visible" ? ` state="${s.state}"` : "";
      return `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
    })
    .join("");
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<fileVersion appName="xl" lastEdited="6" lowestEdited="4" rupBuild="14420"/>' +
    `<workbookPr${book.date1904 ? ' date1904="1"' : ""} defaultThemeVersion="124226"/>` +
    `<bookViews><workbookView xWindow="120" yWindow="45" windowWidth="19095" windowHeight="11760" activeTab="${book.activeSheet ?? 0}"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    '<calcPr calcId="152511"/>' +
    "</workbook>"
  );
}

function workbookRels(n: number): string {
  const rels = Array.from(
    { length: n },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  rels.push(`<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
}

function contentTypes(n: number): string {
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const sheets = Array.from(
    { length: n },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`,
  ).join("");
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
    sheets +
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    "</Types>"
  );
}

const ROOT_RELS =
  XML_HEAD +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  "</Relationships>";

const CORE =
  XML_HEAD +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  "<dc:creator>Ban Tổ chức</dc:creator><cp:lastModifiedBy>Ban Tổ chức</cp:lastModifiedBy>" +
  '<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-25T08:00:00Z</dcterms:created>' +
  '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-11-25T08:00:00Z</dcterms:modified>' +
  "</cp:coreProperties>";

function appXml(book: WorkbookSpec): string {
  const names = book.sheets.map((s) => `<vt:lpstr>${esc(s.name)}</vt:lpstr>`).join("");
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${book.sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${book.sheets.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>` +
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>" +
    "<AppVersion>15.0300</AppVersion></Properties>"
  );
}
