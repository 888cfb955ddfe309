import {
  EDUCATION_VOCAB,
  EMPLOYMENT_VOCAB,
  LEVEL_VOCAB,
  POLITICAL_THEORY_VOCAB,
  POSITION_VOCAB,
  STATE_MANAGEMENT_VOCAB,
  type Vocabulary,
} from "../vocab";

/**
 * The Vietnamese words the "Tiêu chuẩn" sheet writes for each code — the vocabulary's labels, so the sheet and
 * the rosters speak the same words and `readCode` reads every one of them back. No label contains a comma: lists
 * in the sheet are separated by ", ". (The statistics table has its own row titles: `STATISTICS_ROWS`.)
 *
 * @example STANDARD_WORDS.level["tren-co-so"] // "Cấp trên trực tiếp cơ sở"
 */
export const STANDARD_WORDS = {
  level: words(LEVEL_VOCAB),
  position: words(POSITION_VOCAB),
  employment: words(EMPLOYMENT_VOCAB),
  education: words(EDUCATION_VOCAB),
  politicalTheory: words(POLITICAL_THEORY_VOCAB),
  stateManagement: words(STATE_MANAGEMENT_VOCAB),
  /** Written for "every level" / "every position". */
  all: "Tất cả",
  /** Written in the yes/no columns (union training, party member) when the standard requires it. */
  yes: "Có",
} as const;

function words<T extends string>(vocab: Vocabulary<T>): Readonly<Record<T, string>> {
  return Object.fromEntries(vocab.entries.map((e) => [e.code, e.vi])) as Record<T, string>;
}
