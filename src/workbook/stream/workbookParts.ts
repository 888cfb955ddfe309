import { localName, parseXml, unescapeExcel } from "./parseXml";

/**
 * The small parts of an .xlsx that a sheet needs to be read: the sheet list (names, visibility, where each
 * sheet's XML is), the defined names (ownership of report sheets), the shared strings and each style's font.
 */

export interface SheetEntry {
  name: string;
  visible: boolean;
  /** Path of the sheet's XML inside the zip, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
}

export interface DefinedName {
  name: string;
  value: string;
}

type Chunks = AsyncIterable<string>;

export async function readWorkbookPart(
  workbook: Chunks,
  rels: Chunks | undefined,
): Promise<{ sheets: SheetEntry[]; definedNames: DefinedName[] }> {
  const listed: { name: string; visible: boolean; rid: string }[] = [];
  const definedNames: DefinedName[] = [];
  let name: DefinedName | undefined;
  await parseXml(workbook, "xl/workbook.xml", {
    open(tag) {
      const n = localName(tag.name);
      if (n === "sheet") {
        const a = tag.attributes;
        listed.push({
          name: a.name ?? "",
          visible: (a.state ?? "visible") === "visible",
          rid: a["r:id"] ?? "",
        });
      } else if (n === "definedName" && !("localSheetId" in tag.attributes)) {
        name = { name: tag.attributes.name ?? "", value: "" };
        definedNames.push(name);
      }
    },
    text(t) {
      if (name) name.value += t;
    },
    close(n) {
      if (localName(n) === "definedName") name = undefined;
    },
  });

  const targets = new Map<string, string>();
  if (rels)
    await parseXml(rels, "xl/_rels/workbook.xml.rels", {
      open(tag) {
        if (localName(tag.name) === "Relationship")
          targets.set(tag.attributes.Id ?? "", tag.attributes.Target ?? "");
      },
    });
  const sheets = listed.map((s, i) => ({
    name: s.name,
    visible: s.visible,
    path: partPath(targets.get(s.rid) ?? `worksheets/sheet${i + 1}.xml`),
  }));
  return { sheets, definedNames };
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
export async function readSharedStrings(part: Chunks): Promise<string[]> {
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
      if (inText) current.push(t);
    },
    close(name) {
      const n = localName(name);
      if (n === "t") inText = false;
      else if (n === "rPh") phonetic--;
      else if (n === "si") strings.push(unescapeExcel(current.join("")));
    },
  });
  return strings;
}

/** The font name of each cell style (index = the `s` attribute of a cell); index 0 is the workbook's default. */
export async function readStyleFonts(part: Chunks): Promise<(string | undefined)[]> {
  const fonts: (string | undefined)[] = [];
  const xfFonts: (string | undefined)[] = [];
  let section: "fonts" | "cellXfs" | undefined;
  let inFont = false;
  let font: string | undefined;
  const xfFontIds: number[] = [];
  await parseXml(part, "xl/styles.xml", {
    open(tag) {
      const n = localName(tag.name);
      if (n === "fonts" || n === "cellXfs") section = n;
      else if (section === "fonts" && n === "font") {
        inFont = true;
        font = undefined;
      } else if (inFont && n === "name") font = tag.attributes.val;
      else if (section === "cellXfs" && n === "xf") xfFontIds.push(Number(tag.attributes.fontId ?? 0));
    },
    close(name) {
      const n = localName(name);
      if (n === "font" && inFont) {
        fonts.push(font || undefined);
        inFont = false;
      } else if (n === section) section = undefined;
    },
  });
  for (const id of xfFontIds) xfFonts.push(fonts[id]);
  return xfFonts;
}
