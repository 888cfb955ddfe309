import type { CellValue } from "../grid";
import { SEVERITY, type FindingCode, type FindingParams, type Severity } from "./kinds";

/** Where a finding is and what it is about; all positions are optional because file-level findings have none. */
export interface FindingPlace {
  file?: string;
  sheet?: string;
  /** A1 address; row-level findings point at the row's name cell. */
  cell?: string;
  /** Excel row number (1-based). */
  row?: number;
  /** Field code (see Field) or, for unknown columns, the header text. */
  field?: string;
  /** The raw value as the roster holds it. */
  value?: CellValue;
  /** What the cell should probably hold, where known (a converted legacy text, the nearest known value …). */
  suggestion?: string;
}

/** A finding is plain data: a code, its severity, where it is, and the slots of its message. */
export type Finding = {
  [C in FindingCode]: FindingPlace & { code: C; severity: Severity; params: FindingParams[C] };
}[FindingCode];

export type FindingOf<C extends FindingCode> = Extract<Finding, { code: C }>;

/** Builds a finding with the severity its kind declares. */
export function finding<C extends FindingCode>(
  code: C,
  params: FindingParams[C],
  place: FindingPlace,
): FindingOf<C> {
  return { code, severity: SEVERITY[code], params, ...place } as FindingOf<C>;
}
