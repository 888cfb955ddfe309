import type { Cadre } from "../cadre";
import { finding, type FindingOf } from "../findings";
import { evaluateStandards, type StandardsFramework, type UnmetCriterion } from "../standards";
import { EDUCATION_LEVELS, POLITICAL_THEORY_LEVELS, STATE_MANAGEMENT_LEVELS, rankOf } from "../vocab/codes";

/**
 * One `below-standard` warning per unmet criterion of the standards that apply to the cadre, at the row's name
 * cell. When several standards ask the same criterion (S1 and S2 both ask trung cấp LLCT of a full-time chair), the
 * one finding names them all and the highest requirement.
 *
 * @example checkStandards(cadres, DEFAULT_FRAMEWORK, 2019) // [{ code: "below-standard", params: { rules: ["S1", "S2"], criterion: "politicalTheory", … } }]
 */
export function checkStandards(
  cadres: readonly Cadre[],
  framework: StandardsFramework,
  year: number,
): FindingOf<"below-standard">[] {
  const out: FindingOf<"below-standard">[] = [];
  for (const c of cadres) {
    const unmet = evaluateStandards(c, framework, year);
    if (unmet.length === 0) continue;
    for (const group of byCriterion(unmet)) {
      const last = group[group.length - 1];
      out.push(
        finding(
          "below-standard",
          {
            rules: group.map((u) => u.standard.id),
            ruleTitles: group.map((u) => u.standard.title),
            criterion: last.criterion,
            required: last.required,
            actual: last.actual,
          },
          {
            file: c.file,
            sheet: c.sheet,
            cell: c.nameCell,
            row: c.row,
            field: last.criterion,
            value: c.fullName,
          },
        ),
      );
    }
  }
  return out;
}

/** Unmet criteria grouped by criterion, in first-seen order; within a group the strictest requirement comes last. */
function byCriterion(unmet: readonly UnmetCriterion[]): UnmetCriterion[][] {
  const groups = new Map<string, UnmetCriterion[]>();
  for (const u of unmet) {
    const g = groups.get(u.criterion);
    if (g) g.push(u);
    else groups.set(u.criterion, [u]);
  }
  return [...groups.values()].map((g) =>
    g.length > 1 ? [...g].sort((a, b) => strictness(a) - strictness(b)) : g,
  );
}

/** How much a standard asks on its criterion: a higher level, or a lower age limit, is stricter. */
function strictness(u: UnmetCriterion): number {
  const r = u.standard.requires;
  switch (u.criterion) {
    case "education":
      return r.education ? rankOf(EDUCATION_LEVELS, r.education) : 0;
    case "politicalTheory":
      return r.politicalTheory ? rankOf(POLITICAL_THEORY_LEVELS, r.politicalTheory) : 0;
    case "stateManagement":
      return r.stateManagement ? rankOf(STATE_MANAGEMENT_LEVELS, r.stateManagement) : 0;
    case "maxAge":
      return -(r.maxAge ?? 0);
    default:
      return 0;
  }
}
