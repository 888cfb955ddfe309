import { foldKey } from "../text";
import {
  EDUCATION_VOCAB,
  EMPLOYMENT_VOCAB,
  LEVEL_VOCAB,
  POLITICAL_THEORY_VOCAB,
  POSITION_VOCAB,
  STATE_MANAGEMENT_VOCAB,
  type Vocabulary,
} from "../vocab";

/** The scales a "Tiêu chuẩn" sheet cell can hold, each with the vocabulary the rosters are read with. */
export const STANDARD_VOCABULARIES = {
  level: LEVEL_VOCAB,
  position: POSITION_VOCAB,
  employment: EMPLOYMENT_VOCAB,
  education: EDUCATION_VOCAB,
  politicalTheory: POLITICAL_THEORY_VOCAB,
  stateManagement: STATE_MANAGEMENT_VOCAB,
} as const;

export type CodeKind = keyof typeof STANDARD_VOCABULARIES;
/** The code type of each scale: `CodeKinds["education"]` is `Education`. */
export type CodeKinds = { [K in CodeKind]: CodeOf<(typeof STANDARD_VOCABULARIES)[K]> };
type CodeOf<V> = V extends Vocabulary<infer T> ? T : never;

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
  return (STANDARD_VOCABULARIES[kind] as Vocabulary<CodeKinds[K]>).exact.get(key);
}

/** The sheet's Chuyên trách column may hold a mark: x / có for full-time, không for part-time. */
const EMPLOYMENT_MARKS: Record<string, CodeKinds["employment"]> = {
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
