/**
 * Small pieces of text surgery on the XML parts of a package: reading and setting one attribute of a start tag,
 * and escaping text. The parts are changed in place, never re-serialised, so everything around a change stays as
 * its writer wrote it.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] as string;
  });
}

/** An attribute's value in a start tag ("<c r=\"B5\" s=\"3\">"), unescaped; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** The start tag with the attribute set (replaced where present, added before the tag's end otherwise). */
export function withAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const quoted = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_m, head: string) => head + quoted);
  return tag.replace(/\s*(\/?)>$/, (_m, slash: string) => ` ${name}=${quoted}${slash}>`);
}

/** The start tag without the attribute. */
export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

/** The children `<name …/>` or `<name …>…</name>` of the first `<container>` element, with their places. */
export function childElements(
  xml: string,
  container: string,
  name: string,
):
  | {
      items: { start: number; end: number; text: string }[];
      open: { start: number; end: number };
      close: number;
    }
  | undefined {
  const open = new RegExp(`<((?:\\w+:)?)${container}(?=[\\s/>])[^>]*>`).exec(xml);
  if (!open || open[0].endsWith("/>")) return undefined;
  const prefix = open[1];
  const close = xml.indexOf(`</${prefix}${container}>`, open.index);
  if (close < 0) return undefined;
  const inner = new RegExp(`<${prefix}${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${prefix}${name}>)`, "g");
  inner.lastIndex = open.index + open[0].length;
  const items: { start: number; end: number; text: string }[] = [];
  for (let m = inner.exec(xml); m && m.index < close; m = inner.exec(xml))
    items.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return { items, open: { start: open.index, end: open.index + open[0].length }, close };
}
