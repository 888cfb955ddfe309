import type { Field } from "../cadre";
import type { LegacyEncoding } from "../text";

/**
 * The changes canbo can make with certainty, each named like the finding it resolves where there is one: text typed
 * in a legacy font (`legacy-encoding`), a CCCD stored as a number that lost its leading 0 (`invalid-id`), a known
 * value written in another spelling of its canonical one ("P.CT", "ĐH": `canonical-spelling`), and a name's spacing
 * and case (`name-format`). A typo's nearest spelling ("Đại hcọ" → Đại học) is a guess, not a certainty: it stays a
 * suggestion the user types in.
 */
export const FIX_KINDS = ["legacy-encoding", "invalid-id", "canonical-spelling", "name-format"] as const;
export type FixKind = (typeof FIX_KINDS)[number];

/** One step of a cell's change; the steps of a cell apply in order, each to what the one before gave. */
export interface FixStep {
  kind: FixKind;
  /** The text after this step. */
  after: string;
}

/** What a cell holds, as far as fixing it is concerned. */
export interface CellInput {
  /** The value as the file holds it (legacy bytes, a number …). */
  raw: string | number | boolean | null | undefined;
  /** The cell's own font, where known. */
  font?: string;
  /** The legacy encoding the sheet is typed in, when it is. */
  encoding?: LegacyEncoding;
  /** The roster field the cell holds, for cells of people's rows (names and coded values are tidied only there). */
  field?: Field;
}

/** One cell to change, and why: the certain steps, and the font a converted legacy cell gets. */
export interface CellFix {
  sheet: string;
  /** A1 address (the top-left cell of a merge). */
  cell: string;
  /** What the cell holds now; a fix is applied only while it still holds exactly this. */
  before: string | number;
  steps: FixStep[];
  /** The Unicode font replacing the cell's legacy one, when the legacy step converts it. */
  font?: string;
  /** How the cell was judged, so the change can be judged again on the cell as it is when applied. */
  field?: Field;
  encoding?: LegacyEncoding;
}

/** The text a fix writes: its last step's. */
export function fixedText(fix: Pick<CellFix, "steps">): string {
  return fix.steps[fix.steps.length - 1].after;
}

/** Whether the value becomes text that Excel must keep as text (a CCCD with its leading 0). */
export function keepsAsText(fix: Pick<CellFix, "steps">): boolean {
  return fix.steps.some((s) => s.kind === "invalid-id");
}
