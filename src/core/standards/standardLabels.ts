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
 * The Vietnamese words the standards framework writes for each code: in the "Tiêu chuẩn" sheet and in the
 * `required` / `actual` texts of unmet criteria — the vocabulary's labels, so the sheet, the findings and the
 * rosters speak the same words, and `readCode` reads every one of them back. No label contains a comma: lists
 * in the sheet are separated by ", ".
 *
 * @example LEVEL_LABELS["tren-co-so"] // "Cấp trên trực tiếp cơ sở"
 */
function labels<T extends string>(vocab: Vocabulary<T>): Readonly<Record<T, string>> {
  return Object.fromEntries(vocab.entries.map((e) => [e.code, e.vi])) as Record<T, string>;
}

export const LEVEL_LABELS = labels(LEVEL_VOCAB);
export const POSITION_LABELS = labels(POSITION_VOCAB);
export const EMPLOYMENT_LABELS = labels(EMPLOYMENT_VOCAB);
export const EDUCATION_LABELS = labels(EDUCATION_VOCAB);
export const POLITICAL_THEORY_LABELS = labels(POLITICAL_THEORY_VOCAB);
export const STATE_MANAGEMENT_LABELS = labels(STATE_MANAGEMENT_VOCAB);

/** Written for "every level" / "every position". */
export const ALL_LABEL = "Tất cả";
/** Written in the yes/no columns (union training, party member) when the standard requires it. */
export const YES_LABEL = "Có";
/** What an unmet criterion says when the roster has no value. */
export const NO_INFORMATION = "chưa có thông tin";
