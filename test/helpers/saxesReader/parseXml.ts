import { SaxesParser, type SaxesTagPlain } from "saxes";
import { MAX_XML_TOKEN } from "../../../src/workbook/bounds/readLimits";
import { WorkbookError } from "../../../src/workbook/port";

/**
 * Runs a SAX parser over XML arriving in chunks. Namespaces and positions are not tracked (the parts of an
 * .xlsx use fixed prefixes), which keeps the parser on its fast path. What the parser holds at once is bounded:
 * no run of XML without markup (one text, one tag with its attributes) and no comment or CDATA section may pass
 * `maxToken` characters, since the parser gathers each whole before handing it on.
 */

export interface XmlHandlers {
  open?(tag: SaxesTagPlain): void;
  close?(name: string): void;
  text?(text: string): void;
}

export async function parseXml(
  chunks: AsyncIterable<string>,
  part: string,
  handlers: XmlHandlers,
  maxToken: number = MAX_XML_TOKEN,
): Promise<void> {
  const parser = new SaxesParser({ position: false, xmlns: false });
  // saxes gathers a text, comment or CDATA section in this field before it emits it.
  const pending = parser as unknown as { text?: unknown };
  const tooLong = () => new WorkbookError("too-much-text", `${part}: a run of over ${maxToken} characters`);
  let run = 0;
  if (handlers.open) parser.on("opentag", handlers.open);
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(tag.name));
  }
  if (handlers.text) parser.on("text", handlers.text);
  try {
    for await (const chunk of chunks) {
      // Characters since the last "<": a tag cannot hold one, nor can text; so this bounds both.
      const last = chunk.lastIndexOf("<");
      if (last < 0) run += chunk.length;
      else {
        if (run + chunk.indexOf("<") > maxToken) throw tooLong();
        run = chunk.length - last - 1;
      }
      if (run > maxToken) throw tooLong();
      parser.write(chunk);
      if (typeof pending.text === "string" && pending.text.length > maxToken) throw tooLong();
    }
    parser.close();
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    throw new WorkbookError("corrupted", `${part}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Excel's escape for characters XML cannot carry (`_x000D_`), as ExcelJS undoes it in string items. */
export function unescapeExcel(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The local part of a tag name ("x:c" → "c"): a few writers prefix SpreadsheetML elements. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
