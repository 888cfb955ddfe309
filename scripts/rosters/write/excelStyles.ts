import type { FontName } from "../model";
import type { CellFormat } from "./layout";

/**
 * styles.xml as Excel writes it: real <fonts> entries (".VnTime", ".VnTimeH", "VNI-Times", "Times New Roman"),
 * borders, one custom date format, and <cellXfs> pointing at them. Cells name an xf by index (`s="3"`).
 */
export class StyleSheet {
  private readonly fonts: string[] = [];
  private readonly xfs: string[] = [];
  private readonly xfIndex = new Map<string, number>();

  constructor(defaultFont: FontName) {
    this.font({ font: defaultFont, size: 12, bold: false, italic: false });
    // xf 0: the Normal style, as in every Excel file.
    this.xfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** The cellXfs index of a format, added on first use. */
  xf(f: CellFormat): number {
    const key = JSON.stringify(f);
    const known = this.xfIndex.get(key);
    if (known !== undefined) return known;
    const fontId = this.font(f);
    const numFmtId = f.date ? 164 : 0;
    const align =
      f.align || f.wrap
        ? `<alignment${f.align ? ` horizontal="${f.align}"` : ""} vertical="center"${f.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${f.border ? 1 : 0}" xfId="0"` +
      (f.date ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (f.border ? ' applyBorder="1"' : "") +
      (align ? ' applyAlignment="1"' : "");
    this.xfs.push(align ? `<xf ${attrs}>${align}</xf>` : `<xf ${attrs}/>`);
    this.xfIndex.set(key, this.xfs.length - 1);
    return this.xfs.length - 1;
  }

  private font(f: Pick<CellFormat, "font" | "size" | "bold" | "italic">): number {
    const xml =
      "<font>" +
      (f.bold ? "<b/>" : "") +
      (f.italic ? "<i/>" : "") +
      `<sz val="${f.size}"/><name val="${f.font}"/><family val="2"/>` +
      "</font>";
    const i = this.fonts.indexOf(xml);
    if (i >= 0) return i;
    this.fonts.push(xml);
    return this.fonts.length - 1;
  }

  toXml(): string {
    const thin = (side: string) => `<${side} style="thin"><color indexed="64"/></${side}>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" ' +
      'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">' +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
      `<fonts count="${this.fonts.length}" x14ac:knownFonts="1">${this.fonts.join("")}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      `<border>${thin("left")}${thin("right")}${thin("top")}${thin("bottom")}<diagonal/></border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}
