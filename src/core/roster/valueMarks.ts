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
import { matchHeader } from "./matchHeader";
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
 * Reads a header path as a value column when its group names a coded field and its own text is one of that field's
 * values: "Trình độ chuyên môn / Đại học" → education = dai-hoc. "Trình độ / Chuyên môn" is no value: undefined.
 */
export function valueMarkOf(path: readonly string[]): ValueMark | undefined {
  if (path.length < 2) return undefined;
  const field = matchHeader(path.slice(0, -1).join(" "))?.field;
  if (!isMarked(field)) return undefined;
  const res = recognize(MARKED[field].vocab, path[path.length - 1]);
  return res.kind === "known" ? { field, code: res.code } : undefined;
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
