import { fixCell } from "./fixCell";
import { FIX_KINDS, type CellFix, type FixKind } from "./fixKinds";

/** What a cell holds when the fix is about to be applied. */
export interface CellFacts {
  value: string | number | boolean | null;
  /** The cell holds a formula: its value is computed, never typed over. */
  formula: boolean;
  font?: string;
}

/** Why a listed cell was left as it is. */
export type SkipReason = "formula" | "changed";

/**
 * Keeps of each fix only the steps of the kinds asked, in order: a step that builds on one not asked (a name tidied
 * after its legacy text is decoded) goes with it. Fixes left with no step are dropped.
 *
 * @example selectFixes(fixes, ["legacy-encoding"]) // the legacy steps only
 */
export function selectFixes(fixes: readonly CellFix[], kinds: readonly FixKind[] = FIX_KINDS): CellFix[] {
  const asked = new Set(kinds);
  const out: CellFix[] = [];
  for (const fix of fixes) {
    let n = 0;
    while (n < fix.steps.length && asked.has(fix.steps[n].kind)) n++;
    if (n === 0) continue;
    if (n === fix.steps.length) out.push(fix);
    else {
      const kept: CellFix = { ...fix, steps: fix.steps.slice(0, n) };
      if (!asked.has("legacy-encoding")) delete kept.font;
      out.push(kept);
    }
  }
  return out;
}

/**
 * A fix judged again on the cell as it is now, just before it is applied: never a formula, never a cell changed
 * since the check (its value is not the one judged), and the legacy text decoded with the cell's own font (a
 * .VnTimeH cell draws capitals even where the check saw only its column's fonts). Only the kinds the fix was
 * asked for are applied.
 *
 * @returns the fix to apply, or why the cell is left alone
 */
export function settleFix(fix: CellFix, facts: CellFacts): { fix: CellFix } | { skipped: SkipReason } {
  if (facts.formula) return { skipped: "formula" };
  if (facts.value !== fix.before) return { skipped: "changed" };
  const judged = fixCell({
    raw: facts.value,
    font: facts.font,
    encoding: fix.encoding,
    field: fix.field,
  });
  const [settled] = selectFixes(
    [{ ...fix, steps: judged.steps, ...(judged.font ? { font: judged.font } : {}) }],
    fix.steps.map((s) => s.kind),
  );
  if (!settled || settled.steps.length === 0) return { skipped: "changed" };
  if (!judged.font) delete settled.font;
  return { fix: settled };
}
