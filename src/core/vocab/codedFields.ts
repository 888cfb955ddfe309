import {
  EDUCATION_VOCAB,
  EMPLOYMENT_VOCAB,
  LEVEL_VOCAB,
  PAYROLL_VOCAB,
  POLITICAL_THEORY_VOCAB,
  STATE_MANAGEMENT_VOCAB,
} from "./vocabularies";
import type { Vocabulary } from "./vocabulary";

/**
 * The roster fields whose values come from a short closed list, each with its vocabulary: a value outside the list
 * is reported naming the list (`invalid-value`'s `choices`), and each language shows its labels.
 *
 * @example CODED_VOCABULARIES.level.entries.map((e) => e.vi) // ["Trung ương", "Tỉnh", "Cấp trên trực tiếp cơ sở", "Cơ sở"]
 */
export const CODED_VOCABULARIES = {
  level: LEVEL_VOCAB,
  employment: EMPLOYMENT_VOCAB,
  payroll: PAYROLL_VOCAB,
  education: EDUCATION_VOCAB,
  politicalTheory: POLITICAL_THEORY_VOCAB,
  stateManagement: STATE_MANAGEMENT_VOCAB,
} as const satisfies Record<string, Vocabulary<string>>;

export type CodedField = keyof typeof CODED_VOCABULARIES;
