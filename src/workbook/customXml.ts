import type { WorkbookSettings } from "./port";

/**
 * What the add-in keeps in a workbook's custom XML parts, which Excel saves inside the file and shows nowhere:
 * the original fills of highlighted cells (so "Xóa đánh dấu" works in any later session), the original values,
 * number formats and fonts of fixed cells (so "Hoàn tác" does too), and whose report the
 * workbook's reports are (issuer and place; never a person's name). One part per namespace, written whole.
 */

export const HIGHLIGHTS_NS = "urn:canbo:highlights:1";
export const SETTINGS_NS = "urn:canbo:settings:1";
export const FIXES_NS = "urn:canbo:fixes:1";

/** A highlighted cell: the fill it had before (null: none) and the colour canbo put on it. */
export interface RememberedFill {
  sheet: string;
  cell: string;
  original: string | null;
  highlight: string;
}

export function highlightsXml(fills: readonly RememberedFill[]): string {
  const cells = fills.map(
    (f) =>
      `<c s="${esc(f.sheet)}" a="${esc(f.cell)}" h="${esc(f.highlight)}"${f.original === null ? "" : ` f="${esc(f.original)}"`}/>`,
  );
  return `<highlights xmlns="${HIGHLIGHTS_NS}">${cells.join("")}</highlights>`;
}

export function readHighlightsXml(xml: string): RememberedFill[] {
  return [...xml.matchAll(/<c\s([^>]*?)\/>/g)].flatMap(([, attrs]) => {
    const a = attributes(attrs);
    if (a.s === undefined || a.a === undefined || a.h === undefined) return [];
    return [{ sheet: a.s, cell: a.a, highlight: a.h, original: a.f ?? null }];
  });
}

/** A fixed cell: what it held before (value, number format, font) and what canbo wrote, to undo exactly. */
export interface RememberedCell {
  sheet: string;
  cell: string;
  original: string | number | boolean | null;
  format: string;
  font?: string;
  /** The text canbo wrote: undone only while the cell still holds it. */
  after: string;
}

export function fixesXml(cells: readonly RememberedCell[]): string {
  const out = cells.map((c) => {
    const v = c.original;
    const type = v === null ? "e" : typeof v === "number" ? "n" : typeof v === "boolean" ? "b" : "s";
    const value = v === null ? "" : ` v="${esc(String(v))}"`;
    const font = c.font === undefined ? "" : ` f="${esc(c.font)}"`;
    return `<c s="${esc(c.sheet)}" a="${esc(c.cell)}" t="${type}"${value} n="${esc(c.format)}"${font} w="${esc(c.after)}"/>`;
  });
  return `<fixes xmlns="${FIXES_NS}">${out.join("")}</fixes>`;
}

export function readFixesXml(xml: string): RememberedCell[] {
  return [...xml.matchAll(/<c\s([^>]*?)\/>/g)].flatMap(([, attrs]) => {
    const a = attributes(attrs);
    if (a.s === undefined || a.a === undefined || a.w === undefined || a.n === undefined) return [];
    const original =
      a.t === "e" ? null : a.t === "n" ? Number(a.v) : a.t === "b" ? a.v === "true" : (a.v ?? "");
    const cell: RememberedCell = { sheet: a.s, cell: a.a, original, format: a.n, after: a.w };
    if (a.f !== undefined) cell.font = a.f;
    return [cell];
  });
}

export function settingsXml(settings: WorkbookSettings): string {
  const fields = (["parentBody", "issuer", "place"] as const)
    .filter((k) => settings[k])
    .map((k) => `<${k}>${esc(settings[k]!)}</${k}>`);
  return `<settings xmlns="${SETTINGS_NS}">${fields.join("")}</settings>`;
}

export function readSettingsXml(xml: string): WorkbookSettings {
  const out: WorkbookSettings = {};
  for (const k of ["parentBody", "issuer", "place"] as const) {
    const m = new RegExp(`<${k}>([^<]*)</${k}>`).exec(xml);
    if (m) out[k] = unesc(m[1]);
  }
  return out;
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(/(\w+)="([^"]*)"/g)) out[name] = unesc(value);
  return out;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escaped for an attribute; line breaks and tabs as character references, which XML keeps in attributes. */
function esc(text: string): string {
  return text.replace(/[&<>"'\n\r\t]/g, (c) => ESCAPES[c] ?? `&#${c.charCodeAt(0)};`);
}

function unesc(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) =>
    e[0] === "#"
      ? String.fromCharCode(Number(e.slice(1)))
      : e === "amp"
        ? "&"
        : e === "lt"
          ? "<"
          : e === "gt"
            ? ">"
            : e === "quot"
              ? '"'
              : "'",
  );
}
