import type { CheckResult, Progress } from "../app/types";
import type { Severity } from "../core/findings";

/** One opened file: its name, its bytes, and its check once done. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
  result?: CheckResult;
  /** A sentence for the user when the file could not be used. */
  error?: string;
}

/** The workbook open in Excel (Excel mode): its sheets, which are rosters, which to check, and its check. */
export interface OpenWorkbook {
  sheets: { name: string; isRoster: boolean; checked: boolean }[];
  result?: CheckResult;
  highlighted: boolean;
}

/** The pane's whole state: one store, changed only by the reducer. */
export interface PaneState {
  /** Present in Excel mode only. */
  workbook?: OpenWorkbook;
  files: OpenedFile[];
  year: number;
  busy: boolean;
  progress?: Progress;
  filter: Severity | "all";
  search: string;
  selected?: { file: string; sheet: string; cell: string };
  message?: { intent: "error" | "success"; text: string };
}

export type PaneAction =
  | { type: "files-opened"; files: { name: string; bytes: Uint8Array }[] }
  | { type: "year-changed"; year: number }
  | { type: "check-started" }
  | { type: "report-started" }
  | { type: "progress"; progress: Progress }
  | { type: "file-checked"; name: string; result?: CheckResult; error?: string }
  | { type: "work-finished"; message?: PaneState["message"] }
  | { type: "filter-changed"; filter: PaneState["filter"] }
  | { type: "search-changed"; search: string }
  | { type: "finding-selected"; file: string; sheet: string; cell: string }
  | { type: "sheets-listed"; sheets: { name: string; isRoster: boolean }[] }
  | { type: "sheet-toggled"; name: string; checked: boolean }
  | { type: "workbook-checked"; result: CheckResult }
  | { type: "highlighted"; on: boolean };

export function initialState(year: number): PaneState {
  return { files: [], year, busy: false, filter: "all", search: "" };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "files-opened":
      return {
        ...state,
        files: action.files.map((f) => ({ ...f })),
        selected: undefined,
        message: undefined,
      };
    case "year-changed":
      return { ...state, year: action.year };
    case "check-started":
      // A new check replaces the old results: stale findings must never be shown next to a new year.
      return {
        ...state,
        busy: true,
        message: undefined,
        selected: undefined,
        files: state.files.map(({ name, bytes }) => ({ name, bytes })),
      };
    case "report-started":
      return { ...state, busy: true, message: undefined };
    case "progress":
      return { ...state, progress: action.progress };
    case "file-checked":
      return {
        ...state,
        files: state.files.map((f) =>
          f.name === action.name ? { ...f, result: action.result, error: action.error } : f,
        ),
      };
    case "work-finished":
      return { ...state, busy: false, progress: undefined, message: action.message };
    case "filter-changed":
      return { ...state, filter: action.filter };
    case "search-changed":
      return { ...state, search: action.search };
    case "finding-selected":
      return { ...state, selected: { file: action.file, sheet: action.sheet, cell: action.cell } };
    case "sheets-listed":
      return {
        ...state,
        workbook: { highlighted: false, sheets: action.sheets.map((s) => ({ ...s, checked: s.isRoster })) },
      };
    case "sheet-toggled":
      return state.workbook
        ? {
            ...state,
            workbook: {
              ...state.workbook,
              sheets: state.workbook.sheets.map((s) =>
                s.name === action.name ? { ...s, checked: action.checked } : s,
              ),
            },
          }
        : state;
    case "workbook-checked":
      return state.workbook ? { ...state, workbook: { ...state.workbook, result: action.result } } : state;
    case "highlighted":
      return state.workbook ? { ...state, workbook: { ...state.workbook, highlighted: action.on } } : state;
  }
}
