import { MAX_XML_TOKEN } from "../bounds/readLimits";
import { scanChunks } from "./scanChunks";
import { XmlScanner } from "./xmlScanner";

/**
 * The small parts of a workbook (the sheet list, relationships, styles) read as events with names and attributes
 * as text: they hold tens of tags, so clarity wins over speed here. Names keep their prefix ("r:id"), as written.
 */

export interface XmlTag {
  name: string;
  attributes: Record<string, string>;
}

export interface XmlHandlers {
  open?(tag: XmlTag): void;
  close?(name: string): void;
  text?(text: string): void;
}

export async function parseXmlEvents(
  chunks: AsyncIterable<Uint8Array>,
  part: string,
  handlers: XmlHandlers,
  maxToken: number = MAX_XML_TOKEN,
): Promise<void> {
  await scanChunks(chunks, new EventScanner(part, maxToken, handlers));
}

/** The local part of a tag name ("x:c" → "c"): a few writers prefix SpreadsheetML elements. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

class EventScanner extends XmlScanner {
  /** Names of the open elements, for `close`. */
  private readonly names: string[] = [];

  constructor(
    part: string,
    maxToken: number,
    private readonly handlers: XmlHandlers,
  ) {
    super(part, maxToken);
  }

  protected open(buf: Uint8Array, _key: number, local: number, nameEnd: number): void {
    let start = local;
    while (start > 0 && buf[start - 1] !== 0x3c) start--;
    const name = this.textOf(buf, start, nameEnd, 0);
    this.names.push(name);
    if (!this.handlers.open) return;
    const attributes: Record<string, string> = {};
    for (let k = 0; k < this.attrCount; k++) attributes[this.attrName(buf, k)] = this.attrText(buf, k);
    this.handlers.open({ name, attributes });
  }

  protected close(): void {
    const name = this.names.pop() ?? "";
    this.handlers.close?.(name);
  }

  protected text(buf: Uint8Array, start: number, end: number, flags: number): void {
    this.handlers.text?.(this.textOf(buf, start, end, flags));
  }
}
