import { excelColumnPoints, type Block, type SheetSpec } from "../core/sheet";
import { layoutPage, OVERHEAD, writeTable, writeText } from "./officeBlocks";
import { MAX_REQUEST_BYTES } from "./officePlan";
import { OWNER_NAME_PREFIX, referencedSheet } from "./ownership";
import { WorkbookError } from "./port";

/**
 * Writing report sheets through office.js. All the sheets of one report share the requests: one round trip to
 * learn which sheets exist and which are ours, then the writes queue up and go to Excel only when the next
 * piece would take the request past 4 MB, and once at the end — so a report costs about ⌈bytes / 4 MB⌉ + 2
 * syncs however many sheets it has. Each sheet is built under a temporary name and takes the place of the old one
 * only once complete; a sheet of that name we did not write makes the whole call fail before anything is added.
 */

/** Queued bytes of the request being built; syncs before a piece that would not fit. */
class Request {
  private queued = 0;
  constructor(readonly ctx: Excel.RequestContext) {}

  async add(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > MAX_REQUEST_BYTES) await this.flush();
    this.queued += bytes;
  }

  async flush(): Promise<void> {
    this.ctx.application.suspendApiCalculationUntilNextSync();
    await this.ctx.sync();
    this.queued = 0;
  }
}

export async function writeSpecs(ctx: Excel.RequestContext, specs: readonly SheetSpec[]): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  const olds = specs.map((spec) => {
    const old = sheets.getItemOrNullObject(spec.name);
    old.load("name,position");
    return old;
  });
  const owned = ownedNames(ctx);
  await ctx.sync();
  const mine = ownedSheets(owned.items);
  for (const old of olds)
    if (!old.isNullObject && !mine.has(old.name.toLowerCase()))
      throw new WorkbookError("not-owned", undefined, { sheet: old.name });

  const request = new Request(ctx);
  const names = owned.items.map((n) => ({
    name: n.name,
    formula: String(n.formula),
    item: n as Excel.NamedItem | undefined,
  }));
  const stamp = Date.now().toString(36);
  for (const [i, spec] of specs.entries()) {
    const old = olds[i];
    const ws = sheets.add(`canbo_${stamp}_${i}`);
    for (const block of spec.blocks) await writeBlock(request, ws, block);
    spec.columnWidths?.forEach(
      (w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = excelColumnPoints(w)),
    );
    layoutPage(ws, spec);
    if (!old.isNullObject) {
      ws.position = old.position;
      const key = old.name.toLowerCase();
      for (let k = names.length - 1; k >= 0; k--) {
        if (referencedSheet(names[k].formula.replace(/^=/, ""))?.toLowerCase() !== key) continue;
        names[k].item?.delete();
        names.splice(k, 1);
      }
      old.delete();
    }
    ws.name = spec.name;
    if (!spec.userData) {
      const name = freeOwnerName(names.map((n) => n.name));
      ctx.workbook.names.add(name, ws.getRange("A1"));
      names.push({ name, formula: `='${spec.name.replace(/'/g, "''")}'!$A$1`, item: undefined });
    }
    await request.add(OVERHEAD * 4);
  }
  await request.flush();
}

export function ownedNames(ctx: Excel.RequestContext): Excel.NamedItemCollection {
  const names = ctx.workbook.names;
  names.load("items/name,items/formula");
  return names;
}

/** Lower-cased names of the sheets our workbook names point at. */
export function ownedSheets(items: readonly { name: string; formula: unknown }[]): Set<string> {
  const out = new Set<string>();
  for (const n of items) {
    if (!n.name.toLowerCase().startsWith(OWNER_NAME_PREFIX)) continue;
    const sheet = referencedSheet(String(n.formula).replace(/^=/, ""));
    if (sheet) out.add(sheet.toLowerCase());
  }
  return out;
}

function freeOwnerName(taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let k = 1;
  while (used.has(`${OWNER_NAME_PREFIX}${k}`)) k++;
  return `${OWNER_NAME_PREFIX}${k}`;
}

async function writeBlock(request: Request, ws: Excel.Worksheet, block: Block): Promise<void> {
  const add = (bytes: number) => request.add(bytes);
  if (block.kind === "text") await writeText(add, ws, block);
  else await writeTable(add, ws, block);
}
