import type { Training } from "../cadre";
import type { CellValue } from "../grid";
import { foldKey } from "../text";
import { isEmptyCell } from "./cellKinds";
import { fromExcelSerial } from "./excelSerial";
import { parseMark } from "./parseMark";
import { sharedPerYear } from "./sharedPerYear";

export type TrainingReading =
  { kind: "empty" } | { kind: "trained"; training: Training } | { kind: "not-trained" } | { kind: "invalid" };

const YEARS = /(?<!\d)(19[5-9]\d|20\d\d|2100)(?!\d)/g;

/**
 * A "trained" column: a mark (trained, year unknown), a year (1950–2100, as number or text), a date (its year),
 * text with years ("Đã tập huấn 2019", "2018, 2020" → the earliest), or no/chưa.
 *
 * @example parseTraining(2018) // { kind: "trained", training: { done: true, year: 2018 } }
 * @example parseTraining("x") // { kind: "trained", training: { done: true } }
 */
export function parseTraining(v: CellValue | undefined): TrainingReading {
  if (isEmptyCell(v)) return { kind: "empty" };
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1950 && v <= 2100) return trained(v);
    if (v > 2100) {
      const d = fromExcelSerial(v);
      return d && d.year >= 1950 ? trained(d.year) : { kind: "invalid" };
    }
  }
  const mark = parseMark(v);
  if (mark.kind === "yes") return TRAINED;
  if (mark.kind === "no") return { kind: "not-trained" };
  if (typeof v !== "string") return { kind: "invalid" };
  const years = [...v.matchAll(YEARS)].map((m) => Number(m[1]));
  if (years.length) return trained(Math.min(...years));
  const k = foldKey(v);
  if (/^(da|co)\b/.test(k)) return TRAINED;
  if (/^(chua|khong)\b/.test(k)) return { kind: "not-trained" };
  return { kind: "invalid" };
}

/** Readings are shared and frozen: "trained", and "trained in Y" once per year (see sharedPerYear). */
const TRAINED: TrainingReading = Object.freeze({ kind: "trained", training: Object.freeze({ done: true }) });
const trained = sharedPerYear((year): TrainingReading => ({
  kind: "trained",
  training: { done: true, year },
}));
