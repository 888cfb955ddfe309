import { foldKey } from "../text";
import type {
  Education,
  Employment,
  PoliticalTheory,
  Position,
  StateManagement,
  UnionLevel,
} from "../vocab/codes";
import {
  EDUCATION_VOCAB,
  EMPLOYMENT_VOCAB,
  LEVEL_VOCAB,
  POLITICAL_THEORY_VOCAB,
  POSITION_VOCAB,
  STATE_MANAGEMENT_VOCAB,
  type Vocabulary,
} from "../vocab";

/** The code kinds a "Tiêu chuẩn" sheet cell can hold, with the code type of each. */
export interface CodeKinds {
  level: UnionLevel;
  position: Position;
  employment: Employment;
  education: Education;
  politicalTheory: PoliticalTheory;
  stateManagement: StateManagement;
}
export type CodeKind = keyof CodeKinds;

/**
 * Reads one code from the text of a "Tiêu chuẩn" sheet cell with the vocabularies the rosters are read with:
 * labels, codes ("dai-hoc") and abbreviations ("ĐH", "PCT", "CVC"), ignoring case, diacritics, spacing and the
 * words around a minimum ("Từ đại học trở lên"). Only exact matches: a rule is never guessed from a typo.
 *
 * @param kind which scale the cell belongs to (in an education cell "CĐ" is cao đẳng)
 * @param text the cell's text
 * @returns the code, or undefined when the text is not one of the known words
 * @example readCode("education", "Đại học trở lên") // "dai-hoc"
 */
export function readCode<K extends CodeKind>(kind: K, text: string): CodeKinds[K] | undefined {
  const key = stripNoise(foldKey(text), NOISE[kind]);
  if (kind === "employment" && key in EMPLOYMENT_MARKS) return EMPLOYMENT_MARKS[key] as CodeKinds[K];
  return (VOCABULARIES[kind] as Vocabulary<CodeKinds[K]>).exact.get(key);
}

const VOCABULARIES: { [K in CodeKind]: Vocabulary<CodeKinds[K]> } = {
  level: LEVEL_VOCAB,
  position: POSITION_VOCAB,
  employment: EMPLOYMENT_VOCAB,
  education: EDUCATION_VOCAB,
  politicalTheory: POLITICAL_THEORY_VOCAB,
  stateManagement: STATE_MANAGEMENT_VOCAB,
};

/** The sheet's Chuyên trách column may hold a mark: x / có for full-time, không for part-time. */
const EMPLOYMENT_MARKS: Record<string, Employment> = {
  co: "chuyen-trach",
  x: "chuyen-trach",
  khong: "khong-chuyen-trach",
};

/** Words around a minimum that do not change it: "Từ đại học trở lên", "Trung cấp LLCT", "Ngạch chuyên viên". */
const MINIMUM_NOISE = ["tro len", "toi thieu", "tu", "trinh do"];
const NOISE: Record<CodeKind, string[]> = {
  level: [],
  position: [],
  employment: [],
  education: MINIMUM_NOISE,
  politicalTheory: [...MINIMUM_NOISE, "ly luan chinh tri", "chinh tri", "llct"],
  stateManagement: [...MINIMUM_NOISE, "quan ly nha nuoc", "qlnn", "ngach"],
};

/** Removes whole-word noise phrases from a folded key (longest listed first, so "ly luan chinh tri" goes whole). */
function stripNoise(key: string, noise: readonly string[]): string {
  let out = ` ${key} `;
  for (const phrase of noise) out = out.split(` ${phrase} `).join(" ");
  return out.replace(/\s+/g, " ").trim();
}
