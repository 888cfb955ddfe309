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

/** One requirement of one standard that a cadre does not meet, in words fit for a finding. */
export interface UnmetCriterion {
  standard: PositionStandard;
  criterion: Criterion;
  /** What the standard asks, in Vietnamese ("Đại học trở lên"). */
  required: string;
  /** What the roster says ("Cao đẳng"), or "chưa có thông tin" when it says nothing. */
  actual: string;
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
