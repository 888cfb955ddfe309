import type { ContentBudget } from "../../../src/workbook/bounds/contentBudget";
import { WorkbookError } from "../../../src/workbook/port";
import { isDateFormat } from "../../../src/workbook/stream/dateFormats";
import type {
  CellStyles,
  DefinedName,
  SheetEntry,
  WorkbookPart,
} from "../../../src/workbook/stream/workbookParts";
import { localName, parseXml, unescapeExcel } from "./parseXml";

/**
 * The small parts of an .xlsx that a sheet needs to be read: the sheet list (names, visibility, where each
 * sheet's XML is), the defined names (ownership of report sheets), the date system, the shared strings and each
 * style's font and whether it shows a date. Everything kept is charged to the file's content budget.
 */

// The shapes are the product's: only the parsing differs in this reference.
export type { CellStyles, DefinedName, SheetEntry, WorkbookPart };

type Chunks = AsyncIterable<string>;

export async function readWorkbookPart(
  workbook: Chunks,
  rels: Chunks | undefined,
  budget: ContentBudget,
  maxSheets: number,
): Promise<WorkbookPart> {
  const listed: { name: string; visible: boolean; rid: string }[] = [];
  const definedNames: DefinedName[] = [];
  let name: DefinedName | undefined;
  let date1904 = false;
  await parseXml(workbook, "xl/workbook.xml", {
    open(tag) {
      const n = localName(tag.name);
      const a = tag.attributes;
      if (n === "sheet") {
        if (listed.length >= maxSheets) throw new WorkbookError("too-many-sheets");
        budget.takeText((a.name ?? "").length);
        listed.push({
          name: a.name ?? "",
          visible: (a.state ?? "visible") === "visible",
          rid: a["r:id"] ?? "",
        });
      } else if (n === "definedName" && !("localSheetId" in a)) {
        budget.takeCells(1);
        name = { name: a.name ?? "", value: "" };
        definedNames.push(name);
      } else if (n === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    },
    text(t) {
      if (!name) return;
      budget.takeText(t.length);
      name.value += t;
    },
    close(n) {
      if (localName(n) === "definedName") name = undefined;
    },
  });
  const targets = new Map<string, string>();
  if (rels)
    await parseXml(rels, "xl/_rels/workbook.xml.rels", {
      open(tag) {
        if (localName(tag.name) !== "Relationship") return;
        const target = tag.attributes.Target ?? "";
        budget.takeText(target.length);
        targets.set(tag.attributes.Id ?? "", target);
      },
    });
  const sheets = listed.map((s, i) => ({
    name: s.name,
    visible: s.visible,
    path: partPath(targets.get(s.rid) ?? `worksheets/sheet${i + 1}.xml`),
  }));
  return { sheets, definedNames, date1904 };
}

/** A relationship target of the workbook part, as a path inside the zip. */
function partPath(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl"];
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p && p !== ".") parts.push(p);
  }
  return parts.join("/");
}

/** Every shared string's text: plain, or the runs of rich text joined; phonetic guides (<rPh>) are not text. */
export async function readSharedStrings(part: Chunks, budget: ContentBudget): Promise<string[]> {
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

/** The font name and the date-ness of each cell style (index = the `s` attribute of a cell); 0 is the default. */
export async function readStyles(part: Chunks, budget: ContentBudget): Promise<CellStyles> {
  const fontNames: (string | undefined)[] = [];
  const formats = new Map<number, string>();
  const xfs: { font: number; format: number }[] = [];
  let section: "fonts" | "cellXfs" | undefined;
  let inFont = false;
  let font: string | undefined;
  await parseXml(part, "xl/styles.xml", {
    open(tag) {
      const n = localName(tag.name);
      const a = tag.attributes;
      if (n === "fonts" || n === "cellXfs") section = n;
      else if (section === "fonts" && n === "font") {
        inFont = true;
        font = undefined;
      } else if (inFont && n === "name") font = a.val;
      else if (section === "cellXfs" && n === "xf") {
        budget.takeCells(1);
        xfs.push({ font: Number(a.fontId ?? 0), format: Number(a.numFmtId ?? 0) });
      } else if (n === "numFmt") {
        budget.takeText((a.formatCode ?? "").length);
        formats.set(Number(a.numFmtId), a.formatCode ?? "");
      }
    },
    close(name) {
      const n = localName(name);
      if (n === "font" && inFont) {
        budget.takeCells(1);
        fontNames.push(font || undefined);
        inFont = false;
      } else if (n === section) section = undefined;
    },
  });
  return {
    fonts: xfs.map((x) => fontNames[x.font]),
    dates: xfs.map((x) => isDateFormat(x.format, formats.get(x.format))),
  };
}
