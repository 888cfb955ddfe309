import type { Vocabulary } from "../vocab";
import { STANDARD_VOCABULARIES as V } from "./readCode";

/**
 * The Vietnamese words the "Tiêu chuẩn" sheet writes for each code — the vocabulary's labels, so the sheet and
 * the rosters speak the same words and `readCode` reads every one of them back. No label contains a comma: lists
 * in the sheet are separated by ", ". (The statistics table has its own row titles: `STATISTICS_ROWS`.)
 *
 * @example STANDARD_WORDS.level["tren-co-so"] // "Cấp trên trực tiếp cơ sở"
 */
export const STANDARD_WORDS = {
  level: words(V.level),
  position: words(V.position),
  employment: words(V.employment),
  education: words(V.education),
  politicalTheory: words(V.politicalTheory),
  stateManagement: words(V.stateManagement),
  /** Written for "every level" / "every position". */
  all: "Tất cả",
  /** Written in the yes/no columns (union training, party member) when the standard requires it. */
  yes: "Có",
} as const;

function words<T extends string>(vocab: Vocabulary<T>): Readonly<Record<T, string>> {
  return Object.fromEntries(vocab.entries.map((e) => [e.code, e.vi])) as Record<T, string>;
}
