import type {
  Education,
  Employment,
  PoliticalTheory,
  Position,
  StateManagement,
  UnionLevel,
} from "../vocab/codes";

/**
 * The shapes of the position standards framework (khung tiêu chuẩn chức danh, plan mục III.1): which cadres a
 * standard applies to, what it requires, and how an unmet requirement is reported.
 */

/**
 * One standard: the cadres it applies to (level × position × employment) and what it requires of them.
 *
 * @example { id: "S3", title: "Chủ tịch công đoàn cơ sở", levels: ["co-so"], positions: ["chu-tich"], employment: "any", requires: { unionTraining: true } }
 */
export interface PositionStandard {
  /** Short code shown in findings and in the sheet ("S1"). */
  id: string;
  /** Vietnamese title, e.g. "Cán bộ chuyên trách cấp trên trực tiếp cơ sở trở lên". */
  title: string;
  /** The union levels it applies to; all four levels means it does not depend on the level. */
  levels: UnionLevel[];
  /** The positions it applies to (a cadre holding any of them), or every position. */
  positions: Position[] | "all";
  employment: Employment | "any";
  requires: Requirements;
  /** The rule it comes from, e.g. "QĐ 2860/QĐ-TLĐ, Điều 5.1 — cần đối chiếu". */
  source?: string;
}

/** What a standard requires; absent = no requirement on that criterion. Scales are minimums. */
export interface Requirements {
  education?: Education;
  politicalTheory?: PoliticalTheory;
  stateManagement?: StateManagement;
  /** Trained in union theory and skills (lý luận, nghiệp vụ công tác công đoàn) by the report year. */
  unionTraining?: true;
  partyMember?: true;
  /** Age in the report year (report year − birth year) may not exceed this. */
  maxAge?: number;
}

/** The standards in force: the built-in template, or the workbook's own "Tiêu chuẩn" sheet. */
export interface StandardsFramework {
  origin: "builtin" | "sheet";
  /** Vietnamese note shown with the standards (for the template: confirm against the regulation in force). */
  notice: string;
  standards: PositionStandard[];
}

export type Criterion = keyof Requirements;

/**
 * One side of a criterion, as a finding tells it: what a standard requires (a minimum level "or higher", trained,
 * a party member, an age limit) or what the roster says of the cadre. Codes and numbers, never words: each
 * language words them (src/i18n).
 */
export type CriterionValue =
  /** The roster says nothing on it. */
  | { kind: "unknown" }
  | { kind: "education"; code: Education }
  | { kind: "politicalTheory"; code: PoliticalTheory }
  | { kind: "stateManagement"; code: StateManagement }
  /** Trained in union theory and skills; `late` when the year is after the report year (not counted yet). */
  | { kind: "trained"; year?: number; late?: true }
  | { kind: "not-trained" }
  /** A party member; `late` when the joining year is after the report year. */
  | { kind: "party-member"; year?: number; late?: true }
  | { kind: "not-party-member" }
  | { kind: "age"; age: number };

/** One requirement of one standard that a cadre does not meet. */
export interface UnmetCriterion {
  standard: PositionStandard;
  criterion: Criterion;
  /** What the standard asks (a minimum is "this level or higher"). */
  required: CriterionValue;
  /** What the roster says; `unknown` when it says nothing. */
  actual: CriterionValue;
}

/** Every criterion, in the order findings list them (and the sheet's columns show them). */
export const CRITERIA: readonly Criterion[] = [
  "education",
  "politicalTheory",
  "stateManagement",
  "unionTraining",
  "partyMember",
  "maxAge",
];
