import type { WorkbookSettings } from "./port";

/**
 * What the add-in keeps in a workbook's custom XML parts, which Excel saves inside the file and shows nowhere:
 * the original fills of highlighted cells (so "Xóa đánh dấu" works in any later session), and whose report the
 * workbook's reports are (issuer and place; never a person's name). One part per namespace, written whole.
 */

export const HIGHLIGHTS_NS = "urn:canbo:highlights:1";
export const SETTINGS_NS = "urn:canbo:settings:1";

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

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function unesc(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : "'",
  );
}
