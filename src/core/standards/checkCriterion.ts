import type { Cadre } from "../cadre";
import { EDUCATION_LEVELS, POLITICAL_THEORY_LEVELS, rankOf, STATE_MANAGEMENT_LEVELS } from "../vocab/codes";
import type { Criterion, CriterionValue, Requirements } from "./positionStandard";

/** The verdict on one criterion, with both sides as a finding tells them. */
export interface CriterionCheck {
  met: boolean;
  required: CriterionValue;
  actual: CriterionValue;
}

const UNKNOWN: CriterionValue = Object.freeze({ kind: "unknown" });

/**
 * Checks one requirement of a standard against a cadre as of the end of the report year. A value the roster does
 * not give never meets a requirement (actual `unknown`): the standard cannot be shown to be met.
 *
 * @param criterion which requirement
 * @param requires the standard's requirements (the criterion must be set in it)
 * @param cadre the roster row
 * @param year the report year (training after it does not count yet; age is year − birth year)
 * @returns met or not, and what is required and what the roster says
 * @example checkCriterion("education", { education: "dai-hoc" }, makeCadre({ education: "cao-dang" }), 2019)
 *   // { met: false, required: { kind: "education", code: "dai-hoc" }, actual: { kind: "education", code: "cao-dang" } }
 */
export function checkCriterion(
  criterion: Criterion,
  requires: Requirements,
  cadre: Cadre,
  year: number,
): CriterionCheck {
  switch (criterion) {
    case "education":
      return minimum(criterion, EDUCATION_LEVELS, requires.education, cadre.education);
    case "politicalTheory":
      return minimum(criterion, POLITICAL_THEORY_LEVELS, requires.politicalTheory, cadre.politicalTheory);
    case "stateManagement":
      return minimum(criterion, STATE_MANAGEMENT_LEVELS, requires.stateManagement, cadre.stateManagement);
    case "unionTraining":
      return unionTraining(cadre, year);
    case "partyMember":
      return partyMember(cadre, year);
    case "maxAge":
      return maxAge(requires.maxAge ?? Infinity, cadre, year);
  }
}

type LevelCriterion = "education" | "politicalTheory" | "stateManagement";

function minimum<T extends string>(
  criterion: LevelCriterion,
  scale: readonly T[],
  required: T | undefined,
  actual: T | undefined,
): CriterionCheck {
  const has = actual === undefined ? UNKNOWN : levelValue(criterion, actual);
  // An unset requirement is met by anyone: callers only ask about set ones, this keeps the type total.
  if (required === undefined) return { met: true, required: UNKNOWN, actual: has };
  const met = actual !== undefined && rankOf(scale, actual) >= rankOf(scale, required);
  return { met, required: levelValue(criterion, required), actual: has };
}

/** One frozen value per criterion and level, made when first met: every cadre is asked, met or not. */
const LEVEL_VALUES: Record<LevelCriterion, Map<string, CriterionValue>> = {
  education: new Map(),
  politicalTheory: new Map(),
  stateManagement: new Map(),
};

function levelValue(criterion: LevelCriterion, code: string): CriterionValue {
  const values = LEVEL_VALUES[criterion];
  let value = values.get(code);
  if (!value) values.set(code, (value = Object.freeze({ kind: criterion, code } as CriterionValue)));
  return value;
}

const TRAINED: CriterionValue = Object.freeze({ kind: "trained" });

function unionTraining(cadre: Cadre, year: number): CriterionCheck {
  const t = cadre.unionTraining;
  if (t === undefined) return { met: false, required: TRAINED, actual: UNKNOWN };
  if (!t.done) return { met: false, required: TRAINED, actual: { kind: "not-trained" } };
  if (t.year !== undefined && t.year > year)
    return { met: false, required: TRAINED, actual: { kind: "trained", year: t.year, late: true } };
  return {
    met: true,
    required: TRAINED,
    actual: t.year !== undefined ? { kind: "trained", year: t.year } : TRAINED,
  };
}

const MEMBER: CriterionValue = Object.freeze({ kind: "party-member" });

function partyMember(cadre: Cadre, year: number): CriterionCheck {
  // A joining year alone says member; a joining year after the report year says not yet.
  if (cadre.partyYear !== undefined && cadre.partyYear > year)
    return {
      met: false,
      required: MEMBER,
      actual: { kind: "party-member", year: cadre.partyYear, late: true },
    };
  if (cadre.partyMember === true || cadre.partyYear !== undefined)
    return { met: true, required: MEMBER, actual: MEMBER };
  if (cadre.partyMember === false)
    return { met: false, required: MEMBER, actual: { kind: "not-party-member" } };
  return { met: false, required: MEMBER, actual: UNKNOWN };
}

function maxAge(limit: number, cadre: Cadre, year: number): CriterionCheck {
  const required: CriterionValue = { kind: "age", age: limit };
  const born = cadre.birthDate?.year;
  if (born === undefined) return { met: false, required, actual: UNKNOWN };
  const age = year - born;
  return { met: age <= limit, required, actual: { kind: "age", age } };
}
