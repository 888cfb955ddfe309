import type { WorkbookSpec } from "./model";

/** Every workbook of the real-layout corpus, in file order (see test/fixtures/rosters/README.md). */
export const ROSTER_BOOKS: readonly WorkbookSpec[] = [];
