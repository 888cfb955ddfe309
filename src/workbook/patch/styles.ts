import { attribute, childElements, withAttribute } from "./xmlText";

/** Excel's built-in number format "@": the cell holds text, typed digits stay text. */
const TEXT_FORMAT = "49";

/** What a changed cell's format must become: another font, and/or the text format. */
export interface StyleNeed {
  font?: string;
  text?: boolean;
}

/**
 * The stylesheet of a package, changed only where a converted cell needs it: a copy of the cell's format with its
 * font's copy renamed (size, bold, colour, everything else kept), or with the text number format. Each copy is
 * made once and shared by every cell that needs the same; the formats already there are never changed, so any
 * other cell sharing one keeps its look.
 */
export class Stylesheet {
  private readonly copies = new Map<string, number>();
  private fontsAdded: string[] = [];
  private formatsAdded: string[] = [];

  constructor(private readonly xml: string) {}

  /** The font name of a cell format, as its font element says. */
  fontOf(style: number): string | undefined {
    const xf = childElements(this.xml, "cellXfs", "xf")?.items[style];
    const fontId = Number((xf && attribute(xf.text, "fontId")) ?? 0);
    const font = childElements(this.xml, "fonts", "font")?.items[fontId];
    const name = font && /<(?:\w+:)?name\s[^>]*>/.exec(font.text)?.[0];
    return name ? attribute(name, "val") : undefined;
  }

  /** The index of a format like `style` with what is needed; `style` itself when nothing is. */
  styleFor(style: number, need: StyleNeed): number {
    if (!need.font && !need.text) return style;
    const key = `${style}\u0000${need.font ?? ""}\u0000${need.text ? 1 : 0}`;
    const known = this.copies.get(key);
    if (known !== undefined) return known;
    const xfs = childElements(this.xml, "cellXfs", "xf");
    const fonts = childElements(this.xml, "fonts", "font");
    if (!xfs || !fonts) return style;
    let xf = xfs.items[style]?.text ?? xfs.items[0]?.text;
    if (!xf) return style;
    if (need.font) {
      const fontId = Number(attribute(xf, "fontId") ?? 0);
      const font = fonts.items[fontId]?.text ?? fonts.items[0]?.text;
      if (!font) return style;
      this.fontsAdded.push(renamed(font, need.font));
      xf = startTag(xf, (t) =>
        withAttribute(
          withAttribute(t, "fontId", String(fonts.items.length + this.fontsAdded.length - 1)),
          "applyFont",
          "1",
        ),
      );
    }
    if (need.text)
      xf = startTag(xf, (t) =>
        withAttribute(withAttribute(t, "numFmtId", TEXT_FORMAT), "applyNumberFormat", "1"),
      );
    this.formatsAdded.push(xf);
    const index = xfs.items.length + this.formatsAdded.length - 1;
    this.copies.set(key, index);
    return index;
  }

  /** Whether any format was added. */
  get changed(): boolean {
    return this.formatsAdded.length > 0;
  }

  /** The stylesheet with the copies appended to its fonts and cell formats, and their counts set. */
  toXml(): string {
    let xml = this.xml;
    xml = append(xml, "cellXfs", "xf", this.formatsAdded);
    xml = append(xml, "fonts", "font", this.fontsAdded);
    return xml;
  }
}

/** A font element with its name replaced (added when it has none). */
function renamed(font: string, name: string): string {
  const prefix = /^<(\w+:)?/.exec(font)?.[1] ?? "";
  const tag = `<${prefix}name val="${name}"/>`;
  if (/<(?:\w+:)?name\s/.test(font))
    return font.replace(/<(?:\w+:)?name\s[^>]*\/?>(?:<\/(?:\w+:)?name>)?/, tag);
  if (font.endsWith("/>")) return font.replace(/\s*\/>$/, `>${tag}</${prefix}font>`);
  return font.replace(new RegExp(`</${prefix}font>$`), `${tag}</${prefix}font>`);
}

/** An element with its start tag changed. */
function startTag(element: string, change: (tag: string) => string): string {
  const end = element.indexOf(">") + 1;
  const tag = element.slice(0, end);
  return change(tag) + element.slice(end);
}

function append(xml: string, container: string, name: string, added: readonly string[]): string {
  if (added.length === 0) return xml;
  const found = childElements(xml, container, name)!;
  const open = xml.slice(found.open.start, found.open.end);
  const count = withAttribute(open, "count", String(found.items.length + added.length));
  return (
    xml.slice(0, found.open.start) +
    count +
    xml.slice(found.open.end, found.close) +
    added.join("") +
    xml.slice(found.close)
  );
}
