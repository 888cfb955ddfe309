import { foldKey } from "../text";

/**
 * Columns canbo writes at the end of a consolidated roster: where each row came from, and what is still to review
 * on it. Read again (a consolidated roster consolidated once more, or checked), they are known columns: kept with
 * the cadre as they are, never an unknown column.
 */
export const SOURCE_COLUMN = "Nguồn";
export const REVIEW_COLUMN = "Cần xem lại";

const OWN = new Set([foldKey(SOURCE_COLUMN), foldKey(REVIEW_COLUMN)]);

/** Whether a header is one of canbo's own columns. */
export function isOwnColumn(header: string): boolean {
  return OWN.has(foldKey(header));
}
