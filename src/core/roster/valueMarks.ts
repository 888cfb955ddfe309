import type { Field } from "../cadre";
import { parseMark } from "../values";
import {
  EDUCATION_LEVELS,
  EDUCATION_VOCAB,
  LEVEL_VOCAB,
  POLITICAL_THEORY_LEVELS,
  POLITICAL_THEORY_VOCAB,
  STATE_MANAGEMENT_LEVELS,
  STATE_MANAGEMENT_VOCAB,
  recognize,
  type Vocabulary,
} from "../vocab";
import type { CellData } from "./sheetCells";
import type { RowReport } from "./rowReport";

/** A column that marks one value of a coded field: "Đại học" under "Trình độ chuyên môn", "Sơ cấp" under "LLCT". */
export interface ValueMark {
  field: MarkedField;
  code: string;
}

type MarkedField = "education" | "politicalTheory" | "stateManagement" | "level";

/** The coded fields clerks lay out as one column per value, each with its vocabulary and its scale, lowest first. */
const MARKED: Record<MarkedField, { vocab: Vocabulary<string>; scale?: readonly string[] }> = {
  education: { vocab: EDUCATION_VOCAB, scale: EDUCATION_LEVELS },
  politicalTheory: { vocab: POLITICAL_THEORY_VOCAB, scale: POLITICAL_THEORY_LEVELS },
  stateManagement: { vocab: STATE_MANAGEMENT_VOCAB, scale: STATE_MANAGEMENT_LEVELS },
  // Levels have no "highest": the first marked stands.
  level: { vocab: LEVEL_VOCAB },
};

const isMarked = (field: Field | undefined): field is MarkedField => !!field && field in MARKED;

/**
 * Reads a header column as a value column when its group names a coded field and its own text is one of that field's
 * values: "Đại học" under "Trình độ chuyên môn" → education = dai-hoc. "Chuyên môn" under "Trình độ" is no value.
 *
 * @example valueMarkUnder("education", "Đại học") // { field: "education", code: "dai-hoc" }
 */
export function valueMarkUnder(group: Field | undefined, text: string): ValueMark | undefined {
  if (!isMarked(group)) return undefined;
  const res = recognize(MARKED[group].vocab, text);
  return res.kind === "known" ? { field: group, code: res.code } : undefined;
}

/**
 * Reads a cell under a value column. An x, or anything written there but a "no" ("Luật" under "Đại học", a year of
 * graduation), gives the column's value; of several marked, the highest counts (a master's holder ticks both).
 */
export function readValueMark(mark: ValueMark, value: CellData, row: RowReport): void {
  const m = parseMark(value);
  if (m.kind === "no" || m.kind === "empty") return;
  const { scale } = MARKED[mark.field];
  const cadre = row.cadre as unknown as Record<MarkedField, string | undefined>;
  const now = cadre[mark.field];
  if (now === undefined || (scale && scale.indexOf(mark.code) > scale.indexOf(now)))
    cadre[mark.field] = mark.code;
}
