import type { ContentBudget } from "../bounds/contentBudget";
import { MAX_XML_TOKEN } from "../bounds/readLimits";
import { unescapeExcel } from "./excelEscapes";
import { scanChunks } from "./scanChunks";
import { keyOf, XmlScanner } from "./xmlScanner";
import { bytesAt, plainTextEnd } from "./xmlText";

/**
 * Every shared string's text, scanned as bytes: plain, or the runs of rich text joined; phonetic guides (<rPh>)
 * are not text. A 500,000-row roster holds over a million of them, so nothing but the strings themselves is made.
 */
export async function readSharedStrings(
  chunks: AsyncIterable<Uint8Array>,
  budget: ContentBudget,
  maxToken: number = MAX_XML_TOKEN,
): Promise<string[]> {
  const scanner = new SharedStringsScanner(budget, maxToken);
  await scanChunks(chunks, scanner);
  return scanner.strings;
}

const SI = keyOf("si");
const T = keyOf("t");
const RPH = keyOf("rPh");
const PLAIN_START = new TextEncoder().encode("<si><t>");
/** LibreOffice writes every string so, Excel those with spaces at either end. */
const PRESERVED_START = new TextEncoder().encode('<si><t xml:space="preserve">');
const PLAIN_END = new TextEncoder().encode("</t></si>");

class SharedStringsScanner extends XmlScanner {
  readonly strings: string[] = [];
  private current = "";
  private inText = false;
  private phonetic = 0;

  constructor(
    private readonly budget: ContentBudget,
    maxToken: number,
  ) {
    super("xl/sharedStrings.xml", maxToken);
  }

  protected open(_buf: Uint8Array, key: number): void {
    if (key === SI) this.current = "";
    else if (key === T) this.inText = this.phonetic === 0;
    else if (key === RPH) this.phonetic++;
  }

  /**
   * `<si><t>Nguyễn Văn An</t></si>` or `<si><t xml:space="preserve">…</t></si>`, as nearly every string is written,
   * read in one pass; 0 for any other form.
   */
  protected whole(buf: Uint8Array, i: number): number {
    const start = bytesAt(buf, i, PLAIN_START)
      ? i + PLAIN_START.length
      : bytesAt(buf, i, PRESERVED_START)
        ? i + PRESERVED_START.length
        : 0;
    if (start === 0) return 0;
    const end = plainTextEnd(buf, start);
    if (end < 0 || !bytesAt(buf, end, PLAIN_END) || end + PLAIN_END.length - i > this.maxToken) return 0;
    // open() reads no attribute of <si> or <t> (xml:space="preserve" asks to keep spaces, which are kept anyway).
    this.attrCount = 0;
    this.open(buf, SI);
    this.open(buf, T);
    if (end > start) this.text(buf, start, end, 0);
    this.close(T);
    this.close(SI);
    return end + PLAIN_END.length;
  }

  protected text(buf: Uint8Array, start: number, end: number, flags: number): void {
    if (!this.inText) return;
    const t = this.textOf(buf, start, end, flags);
    this.budget.takeText(t.length);
    this.current = this.current === "" ? t : this.current + t;
  }

  protected close(key: number): void {
    if (key === T) this.inText = false;
    else if (key === RPH) this.phonetic--;
    else if (key === SI) {
      this.budget.takeCells(1);
      this.strings.push(unescapeExcel(this.current));
    }
  }
}
