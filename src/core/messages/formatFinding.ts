import type { Finding } from "../findings/finding";
import type { FindingCode, FindingParams } from "../findings/kinds";
import type { MessagePlace, Messages } from "./messages";
import type { SheetProblem, SheetProblemBody, SheetProblemCode, SheetProblemParams } from "./sheetProblem";

/**
 * The finding's message in the dictionary's language, for people who do not program.
 *
 * @example formatFinding(finding("missing-value", { field: "position" }, { cell: "E12" }), vi) // "Ô E12 chưa ghi chức danh. …"
 */
export function formatFinding(f: Finding, m: Messages): string {
  const text = m.findings[f.code] as {
    message: (p: FindingParams[FindingCode], place: MessagePlace, m: Messages) => string;
  };
  return text.message(f.params, f, m);
}

/** The kind's short title ("Thiếu thông tin"). */
export function findingTitle(code: FindingCode, m: Messages): string {
  return m.findings[code].title;
}

/** What is wrong in a standards, finance or plan cell, without its place. */
export function sheetProblemText(p: SheetProblemBody, m: Messages): string {
  const say = m.sheetProblems[p.code] as (
    params: SheetProblemParams[SheetProblemCode],
    m: Messages,
  ) => string;
  return say(p.params, m);
}

/**
 * A sheet problem with its place: "Trang tính “Kinh phí”, ô C4: …".
 *
 * @example formatSheetProblem(sheetProblem("C4", "not-money", { column: "funds" }), vi, "Kinh phí")
 */
export function formatSheetProblem(p: SheetProblem, m: Messages, sheet?: string): string {
  return `${m.place({ sheet, cell: p.cell })}: ${sheetProblemText(p, m)}`;
}
