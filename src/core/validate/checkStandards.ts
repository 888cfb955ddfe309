import type { Cadre, Field } from "../cadre";
import { finding, type Finding, type FindingOf } from "../findings";
import {
  evaluateStandards,
  type Criterion,
  type StandardsFramework,
  type UnmetCriterion,
} from "../standards";
import { EDUCATION_LEVELS, POLITICAL_THEORY_LEVELS, STATE_MANAGEMENT_LEVELS, rankOf } from "../vocab/codes";

/** The roster columns that can tell each criterion. */
const CRITERION_FIELDS: Readonly<Record<Criterion, readonly Field[]>> = {
  education: ["education"],
  politicalTheory: ["politicalTheory"],
  stateManagement: ["stateManagement"],
  unionTraining: ["unionTraining"],
  partyMember: ["partyMember"],
  maxAge: ["birthDate", "birthYearMale", "birthYearFemale"],
};

/**
 * One `below-standard` warning per unmet criterion of the standards that apply to the cadre, at the row's name
 * cell. When several standards ask the same criterion (S1 and S2 both ask trung cấp LLCT of a full-time chair), the
 * one finding names them all and the highest requirement. A criterion the cadre's sheet has no column for is not
 * judged person by person: one `standard-not-judged` info per sheet and criterion says so; nor is a value the reader
 * could not understand (`rowFindings` holds its invalid-value, invalid-date, error-value or conflict).
 *
 * @example checkStandards(cadres, DEFAULT_FRAMEWORK, 2019) // [{ code: "below-standard", params: { rules: ["S1", "S2"], criterion: "politicalTheory", … } }]
 */
export function checkStandards(
  cadres: readonly Cadre[],
  framework: StandardsFramework,
  year: number,
  rowFindings: readonly Finding[] = [],
): (FindingOf<"below-standard"> | FindingOf<"standard-not-judged">)[] {
  const check = new StandardsCheck(framework, year);
  check.note(rowFindings);
  const out: FindingOf<"below-standard">[] = [];
  for (const c of cadres) check.add(c, out);
  return [...out, ...check.finish()];
}

type Judged = FindingOf<"below-standard">;

/**
 * `checkStandards` fed as a roster is read, so a check need not keep its cadres: `note` each finding that may leave a
 * cadre's value unread before `add`ing that cadre (a row's findings come with its cadre), and `finish` once all are
 * in. The same findings, in the same order, as `checkStandards` over them all.
 */
export class StandardsCheck {
  private readonly unclear = new Set<string>();
  private readonly notJudged = new Map<
    string,
    { cadre: Cadre; criterion: Criterion; rules: Set<string>; cadres: number }
  >();

  constructor(
    private readonly framework: StandardsFramework,
    private readonly year: number,
  ) {}

  /** Findings from `from` on: those that leave a value unread keep what depends on it from being judged. */
  note(findings: readonly Finding[], from = 0): void {
    for (let i = from; i < findings.length; i++) {
      const f = findings[i];
      if (UNCLEAR.has(f.code) && f.row !== undefined && f.field)
        this.unclear.add(cellKey(f.file, f.sheet ?? "", f.row, f.field));
    }
  }

  /** The cadre's `below-standard` warnings, added to `out`. */
  add(c: Cadre, out: Judged[]): void {
    const unmet = evaluateStandards(c, this.framework, this.year);
    if (unmet.length === 0) return;
    const { unclear, notJudged } = this;
    const groups = byCriterion(unmet);
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      const last = group[group.length - 1];
      // A value the row holds but the reader could not understand is reported already, at its own cell.
      if (
        unclear.size > 0 &&
        CRITERION_FIELDS[last.criterion].some((f) => unclear.has(cellKey(c.file, c.sheet, c.row, f)))
      )
        continue;
      if (c.columns && !CRITERION_FIELDS[last.criterion].some((f) => c.columns?.has(f))) {
        const key = `${c.file ?? ""}\u0000${c.sheet}\u0000${last.criterion}`;
        const entry = notJudged.get(key) ?? {
          cadre: c,
          criterion: last.criterion,
          rules: new Set(),
          cadres: 0,
        };
        for (const u of group) entry.rules.add(u.standard.id);
        entry.cadres++;
        notJudged.set(key, entry);
        continue;
      }
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

  /** One `standard-not-judged` info per sheet and criterion its cadres could not be judged on. */
  finish(): FindingOf<"standard-not-judged">[] {
    return [...this.notJudged.values()].map((n) =>
      finding(
        "standard-not-judged",
        { criterion: n.criterion, rules: [...n.rules], cadres: n.cadres },
        { file: n.cadre.file, sheet: n.cadre.sheet, field: n.criterion },
      ),
    );
  }
}

/** Findings that leave a value unread: what depends on it is not judged again. */
const UNCLEAR: ReadonlySet<string> = new Set([
  "invalid-value",
  "invalid-date",
  "error-value",
  "conflicting-values",
]);

/** A field of a row of a sheet: where a finding leaves a value unread, and where a cadre's value comes from. */
function cellKey(file: string | undefined, sheet: string, row: number, field: string): string {
  return `${file ?? ""}\u0000${sheet}\u0000${row}\u0000${field}`;
}

/** Unmet criteria grouped by criterion, in first-seen order; within a group the strictest requirement comes last. */
function byCriterion(unmet: readonly UnmetCriterion[]): (readonly UnmetCriterion[])[] {
  if (unmet.length === 1) return [unmet];
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
