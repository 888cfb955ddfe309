import type { ContentBudget } from "../../../src/workbook/bounds/contentBudget";
import { localName, parseXml, unescapeExcel } from "./parseXml";

/** Every shared string's text: plain, or the runs of rich text joined; phonetic guides (<rPh>) are not text. */
export async function readSharedStrings(
  part: AsyncIterable<string>,
  budget: ContentBudget,
): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] = [];
  let inText = false;
  let phonetic = 0;
  await parseXml(part, "xl/sharedStrings.xml", {
    open(tag) {
      const n = localName(tag.name);
      if (n === "si") current = [];
      else if (n === "t") inText = phonetic === 0;
      else if (n === "rPh") phonetic++;
    },
    text(t) {
      if (!inText) return;
      budget.takeText(t.length);
      current.push(t);
    },
    close(name) {
      const n = localName(name);
      if (n === "t") inText = false;
      else if (n === "rPh") phonetic--;
      else if (n === "si") {
        budget.takeCells(1);
        strings.push(unescapeExcel(current.join("")));
      }
    },
  });
  return strings;
}
