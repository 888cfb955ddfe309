import { fixedText, keepsAsText, settleFix, type CellFix } from "../core/fixes";
import { FIXES_NS, fixesXml, readFixesXml, type RememberedCell } from "./customXml";
import { WorkbookError, type FixOutcome, type UndoOutcome } from "./port";

/**
 * Certain fixes in Excel, and their undo (the Office adapter's `applyFixes` and `undoFixes`). Every sheet is
 * checked before any cell changes (a protected sheet is refused); each cell is judged again as it is now (never a
 * formula, never a cell changed since the check); its value, number format and font are written to the workbook's
 * custom XML part before it changes, so "Hoàn tác" restores them exactly in any later session, as for highlights.
 */

/** Cells changed per request. */
const CHUNK = 1_000;

type Part = Excel.CustomXmlPart;

function fixesPart(ctx: Excel.RequestContext): Part {
  const part = ctx.workbook.customXmlParts.getByNamespace(FIXES_NS).getOnlyItemOrNullObject();
  part.load("id");
  return part;
}

const key = (c: { sheet: string; cell: string }) => `${c.sheet.toLowerCase()}\u0000${c.cell.toUpperCase()}`;

/** The sheets named, loaded with their protection, in one request. */
async function openSheets(ctx: Excel.RequestContext, names: readonly string[]) {
  const sheets = new Map<string, Excel.Worksheet>();
  for (const name of new Set(names)) {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
    ws.load("name");
    ws.protection.load("protected");
    sheets.set(name, ws);
  }
  await ctx.sync();
  return sheets;
}

async function readMemory(ctx: Excel.RequestContext, part: Part): Promise<RememberedCell[]> {
  if (part.isNullObject) return [];
  const xml = part.getXml();
  await ctx.sync();
  return readFixesXml(xml.value);
}

export async function applyFixes(ctx: Excel.RequestContext, fixes: readonly CellFix[]): Promise<FixOutcome> {
  const part = fixesPart(ctx);
  const sheets = await openSheets(
    ctx,
    fixes.map((f) => f.sheet),
  );
  for (const [name, ws] of sheets) {
    if (ws.isNullObject) throw new WorkbookError("not-found", name);
    if (ws.protection.protected) throw new WorkbookError("protected", ws.name);
  }
  const cells = fixes.map((fix) => {
    const range = sheets.get(fix.sheet)!.getRange(fix.cell);
    range.load("values,formulas,numberFormat");
    const font = range.format.font;
    font.load("name");
    return { fix, range, font };
  });
  await ctx.sync();
  const memory = new Map((await readMemory(ctx, part)).map((c) => [key(c), c]));

  const outcome: FixOutcome = { applied: [], skipped: [] };
  const changes: { range: Excel.Range; text: string; asText: boolean; font?: string }[] = [];
  for (const { fix, range, font } of cells) {
    const raw = range.values[0][0] as string | number | boolean;
    const formula = String(range.formulas[0][0]).startsWith("=");
    const settled = settleFix(fix, { value: raw === "" ? null : raw, formula, font: font.name ?? undefined });
    if ("skipped" in settled) {
      outcome.skipped.push({ fix, reason: settled.skipped });
      continue;
    }
    const done = settled.fix;
    const text = fixedText(done);
    const known = memory.get(key(fix));
    // A cell fixed before and untouched since keeps its first original: undo goes back to what the user typed.
    if (!known || known.after !== raw) {
      const remembered: RememberedCell = {
        sheet: fix.sheet,
        cell: fix.cell,
        original: raw === "" ? null : raw,
        format: String(range.numberFormat[0][0]),
        after: text,
      };
      if (font.name) remembered.font = font.name;
      memory.set(key(fix), remembered);
    } else memory.set(key(fix), { ...known, after: text });
    changes.push({ range, text, asText: keepsAsText(done), ...(done.font ? { font: done.font } : {}) });
    outcome.applied.push(done);
  }
  if (changes.length === 0) return outcome;
  // The memory is written before any cell changes: a fix cut short is still undone exactly.
  writePart(ctx, part, fixesXml([...memory.values()]));
  await ctx.sync();
  for (let i = 0; i < changes.length; i += CHUNK) {
    for (const c of changes.slice(i, i + CHUNK)) {
      // A CCCD becomes text first, so Excel keeps its leading 0.
      if (c.asText) c.range.numberFormat = [["@"]];
      c.range.values = [[c.text]];
      if (c.font) c.range.format.font.name = c.font;
    }
    await ctx.sync();
  }
  return outcome;
}

export async function undoFixes(ctx: Excel.RequestContext): Promise<UndoOutcome> {
  const part = fixesPart(ctx);
  await ctx.sync();
  const remembered = await readMemory(ctx, part);
  if (remembered.length === 0) return { restored: 0, kept: 0 };
  const sheets = await openSheets(
    ctx,
    remembered.map((c) => c.sheet),
  );
  for (const ws of sheets.values())
    if (!ws.isNullObject && ws.protection.protected) throw new WorkbookError("protected", ws.name);
  // A sheet deleted or renamed since takes its cells with it.
  const cells = remembered.flatMap((c) => {
    const ws = sheets.get(c.sheet)!;
    if (ws.isNullObject) return [];
    const range = ws.getRange(c.cell);
    range.load("values");
    return [{ c, range }];
  });
  await ctx.sync();
  const outcome: UndoOutcome = { restored: 0, kept: 0 };
  for (const { c, range } of cells) {
    // A cell the user has edited since keeps the user's edit.
    if (range.values[0][0] !== c.after) {
      outcome.kept++;
      continue;
    }
    range.numberFormat = [[c.format]];
    range.values = [[c.original ?? ""]];
    if (c.font !== undefined) range.format.font.name = c.font;
    outcome.restored++;
  }
  part.delete();
  await ctx.sync();
  return outcome;
}

export async function fixedCells(ctx: Excel.RequestContext): Promise<number> {
  const part = fixesPart(ctx);
  await ctx.sync();
  return (await readMemory(ctx, part)).length;
}

function writePart(ctx: Excel.RequestContext, part: Part, xml: string): void {
  if (part.isNullObject) ctx.workbook.customXmlParts.add(xml);
  else part.setXml(xml);
}
