import type { Cadre } from "../cadre";
import { finding, type FindingOf } from "../findings";
import { evaluateStandards, type StandardsFramework } from "../standards";

/**
 * One `below-standard` warning per unmet criterion of each position standard that applies to the cadre,
 * naming the rule and the criterion, at the row's name cell.
 *
 * @example checkStandards(cadres, DEFAULT_FRAMEWORK, 2019) // [{ code: "below-standard", params: { rule: "S1", criterion: "education", … } }]
 */
export function checkStandards(
  cadres: readonly Cadre[],
  framework: StandardsFramework,
  year: number,
): FindingOf<"below-standard">[] {
  const out: FindingOf<"below-standard">[] = [];
  for (const c of cadres) {
    for (const u of evaluateStandards(c, framework, year)) {
      out.push(
        finding(
          "below-standard",
          {
            rule: u.standard.id,
            ruleTitle: u.standard.title,
            criterion: u.criterion,
            required: u.required,
            actual: u.actual,
          },
          {
            file: c.file,
            sheet: c.sheet,
            cell: c.nameCell,
            row: c.row,
            field: u.criterion,
            value: c.fullName,
          },
        ),
      );
    }
  }
  return out;
}
