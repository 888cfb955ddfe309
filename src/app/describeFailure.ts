import { isActionProblem } from "../core/findings";
import { formatFinding, type Messages } from "../core/messages";
import { isWorkbookError } from "../workbook/port";
import { unreadable } from "./checkFiles";

/**
 * Any failure as a sentence for the user, in the dictionary's language: a file that cannot be used says why, where
 * and what to do (the same sentence its `unreadable-file` finding gives); an action Excel or the workbook refused
 * says what to do (a protected sheet, a sheet canbo does not own, a cell being edited); anything else is
 * unexpected. The pane, the command and the page's worker all word failures here.
 *
 * @example describeFailure(new WorkbookError("protected", undefined, { sheet: "DS" }), vi) // "Trang tính “DS” đang được bảo vệ …"
 */
export function describeFailure(e: unknown, m: Messages): string {
  if (!isWorkbookError(e)) return m.failures.unexpected;
  const problem = e.problem;
  if (isActionProblem(problem)) return m.failures[problem](e.sheet ?? "");
  return formatFinding(unreadable("", problem, e), m);
}
