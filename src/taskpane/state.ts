import { parseYear } from "../app/parseYear";
import type { FinanceYear } from "../core/finance";
import type { Severity } from "../core/findings";
import type { WorkbookPort, WorkbookSettings } from "../workbook/port";
import type { CellFix } from "../core/fixes";
import type { ChangedCell, CheckView } from "./engine";

export type Lang = "vi" | "en";

/** The long tasks of the pane; each shows its progress and a Hủy button next to what started it. */
export type TaskKind =
  | "check"
  | "report"
  | "highlight"
  | "clear-highlight"
  | "standards"
  | "insert-sheets"
  | "input"
  | "fix"
  | "undo-fixes"
  | "consolidate";

/** Where a message belongs: next to the control that caused it. */
export type Place = "source" | "check" | "results" | "highlight" | "report" | "fix";

/** One file the user gave: a roster, the finance workbook, or a file canbo cannot use (with its sentence). */
export interface OpenedFile {
  name: string;
  /** The file as the browser gave it: handed to the engine's thread by reference, never copied on the pane's. */
  bytes: Blob;
  view?: CheckView;
  finance?: FinanceYear[];
  error?: string;
}

/** The workbook open in Excel (Excel mode): its sheets, which are rosters, which to check, and its check. */
export interface OpenWorkbook {
  sheets: { name: string; isRoster: boolean; checked: boolean }[];
  view?: CheckView;
  /** Cells highlighted and remembered in the workbook, from this session or an earlier one. */
  highlighted: number;
  /** Cells fixed and remembered in the workbook (to undo), from this session or an earlier one. */
  fixed: number;
  /** The certain fixes of the sheets checked, found on asking (nothing changes until the user confirms). */
  fixes?: CellFix[];
  /** The cells the last fix changed, listed after it. */
  changed?: ChangedCell[];
}

/** An extra input of the report: a file read by the engine. */
export interface InputFile {
  name: string;
  bytes: Blob;
  /** Last year's roster: its key in the engine and its number of cadres. */
  key?: number;
  cadres?: number;
  years?: FinanceYear[];
  error?: string;
}

export interface ReportForm extends WorkbookSettings {
  previous?: InputFile;
  finance?: InputFile;
  /** The signer's name: printed, never remembered. */
  signer: string;
}

export interface Task {
  kind: TaskKind;
  run: number;
  place: Place;
}

/** The pane's whole state: one store, changed only by the reducer. */
export interface PaneState {
  lang: Lang;
  mode: "excel" | "file" | "connecting";
  /** The open workbook, once Excel has answered (Excel mode). */
  port?: WorkbookPort;
  workbook?: OpenWorkbook;
  files: OpenedFile[];
  /** The year as typed; `parseYear` says whether it can be used. */
  yearText: string;
  /** Bumped when the workbook's standards change (the template inserted). */
  standardsVersion: number;
  /** What the results shown were checked with (`inputsKey`); they are stale when the inputs differ. */
  checkedWith?: string;
  /** Id of the latest task: results of an older run are dropped. */
  run: number;
  task?: Task;
  filter: Severity | "all";
  search: string;
  selected?: { file?: string; sheet: string; cell: string };
  message?: { intent: "error" | "success" | "info"; text: string; place: Place };
  report: ReportForm;
}

export type PaneAction =
  | { type: "mode-known"; mode: "excel" | "file"; lang?: Lang }
  | { type: "language-chosen"; lang: Lang }
  | {
      type: "workbook-opened";
      port: WorkbookPort;
      sheets: { name: string; isRoster: boolean }[];
      highlighted: number;
      fixed?: number;
      remembered: WorkbookSettings;
    }
  | { type: "files-added"; files: { name: string; bytes: Blob }[] }
  | { type: "file-removed"; name: string }
  | { type: "sheets-listed"; sheets: { name: string; isRoster: boolean }[] }
  | { type: "year-typed"; text: string }
  | { type: "sheet-toggled"; name: string; checked: boolean }
  | { type: "standards-changed" }
  | { type: "task-started"; kind: TaskKind; place: Place; run: number }
  | {
      type: "file-checked";
      run: number;
      name: string;
      view?: CheckView;
      finance?: FinanceYear[];
      error?: string;
    }
  | { type: "workbook-checked"; run: number; view?: CheckView }
  | { type: "checked"; run: number; with: string }
  | { type: "view-relabelled"; key: number; sections: CheckView["sections"]; lang: Lang }
  | { type: "task-finished"; run: number; message?: PaneState["message"] }
  | { type: "highlighted"; cells: number }
  | { type: "fixes-found"; fixes: CellFix[] }
  | { type: "fixed"; cells: number; changed?: ChangedCell[] }
  | { type: "filter-changed"; filter: PaneState["filter"] }
  | { type: "search-changed"; search: string }
  | { type: "finding-selected"; file?: string; sheet: string; cell: string }
  | { type: "report-field"; field: "parentBody" | "issuer" | "place" | "signer"; value: string }
  | { type: "report-input"; which: "previous" | "finance"; input?: InputFile }
  | { type: "message"; message: PaneState["message"] };

export function initialState(year: number, mode: PaneState["mode"], lang: Lang): PaneState {
  return {
    lang,
    mode,
    files: [],
    yearText: String(year),
    standardsVersion: 0,
    run: 0,
    filter: "all",
    search: "",
    report: { signer: "" },
  };
}

/** The inputs a check depends on; results checked with other inputs are out of date. */
export function inputsKey(s: PaneState): string {
  return JSON.stringify([
    s.yearText.trim(),
    s.standardsVersion,
    s.workbook?.sheets.filter((x) => x.checked).map((x) => x.name) ?? [],
    s.files.map((f) => [f.name, f.bytes.size]),
  ]);
}

/** Every check shown: the workbook's, then each roster file's. */
export function viewsOf(s: PaneState): CheckView[] {
  const out: CheckView[] = [];
  if (s.workbook?.view) out.push(s.workbook.view);
  for (const f of s.files) if (f.view) out.push(f.view);
  return out;
}

/** True when results are shown that the current inputs would not give: they must not go into a report. */
export function isStale(s: PaneState): boolean {
  return s.checkedWith !== undefined && s.checkedWith !== inputsKey(s);
}

export const yearOf = (s: PaneState) => parseYear(s.yearText);

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "mode-known":
      return { ...state, mode: action.mode, lang: action.lang ?? state.lang };
    case "language-chosen":
      return { ...state, lang: action.lang };
    case "workbook-opened":
      return {
        ...state,
        port: action.port,
        workbook: {
          sheets: action.sheets.map((s) => ({ ...s, checked: s.isRoster })),
          highlighted: action.highlighted,
          fixed: action.fixed ?? 0,
        },
        report: { ...state.report, ...action.remembered },
      };
    case "files-added": {
      // A file given again replaces its earlier copy; every other file stays.
      const names = new Set(action.files.map((f) => f.name));
      const kept = state.files.filter((f) => !names.has(f.name));
      return { ...state, files: [...kept, ...action.files], message: undefined };
    }
    case "file-removed":
      return { ...state, files: state.files.filter((f) => f.name !== action.name) };
    case "sheets-listed": {
      const wb = state.workbook;
      if (!wb) return state;
      const checked = (name: string, isRoster: boolean) =>
        wb.sheets.find((x) => x.name === name)?.checked ?? isRoster;
      return {
        ...state,
        workbook: {
          ...wb,
          sheets: action.sheets.map((s) => ({ ...s, checked: checked(s.name, s.isRoster) })),
        },
      };
    }
    case "year-typed":
      return { ...state, yearText: action.text };
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
    case "standards-changed":
      return { ...state, standardsVersion: state.standardsVersion + 1 };
    case "task-started":
      return {
        ...state,
        run: action.run,
        task: { kind: action.kind, place: action.place, run: action.run },
        message: undefined,
        // A new check starts from nothing: no finding of other inputs is ever shown beside its results.
        ...(action.kind === "check"
          ? {
              checkedWith: undefined,
              selected: undefined,
              filter: "all" as const,
              search: "",
              workbook: state.workbook && { ...state.workbook, view: undefined },
              files: state.files.map(({ name, bytes }) => ({ name, bytes })),
            }
          : {}),
      };
    case "file-checked":
      if (action.run !== state.task?.run) return state;
      return {
        ...state,
        files: state.files.map((f) =>
          f.name === action.name
            ? { ...f, view: action.view, finance: action.finance, error: action.error }
            : f,
        ),
        report:
          action.finance && !state.report.finance
            ? {
                ...state.report,
                finance: { name: action.name, bytes: new Blob(), years: action.finance },
              }
            : state.report,
      };
    case "workbook-checked":
      if (action.run !== state.task?.run || !state.workbook) return state;
      return { ...state, workbook: { ...state.workbook, view: action.view } };
    case "view-relabelled": {
      const relabel = (v: CheckView | undefined) =>
        v?.key === action.key ? { ...v, sections: action.sections, lang: action.lang } : v;
      return {
        ...state,
        workbook: state.workbook && { ...state.workbook, view: relabel(state.workbook.view) },
        files: state.files.map((f) => (f.view?.key === action.key ? { ...f, view: relabel(f.view) } : f)),
      };
    }
    case "checked":
      return action.run === state.task?.run ? { ...state, checkedWith: action.with } : state;
    case "task-finished":
      if (action.run !== state.task?.run) return state;
      return { ...state, task: undefined, message: action.message };
    case "highlighted":
      return state.workbook
        ? { ...state, workbook: { ...state.workbook, highlighted: action.cells } }
        : state;
    case "fixes-found":
      return state.workbook
        ? { ...state, workbook: { ...state.workbook, fixes: action.fixes, changed: undefined } }
        : state;
    case "fixed":
      return state.workbook
        ? {
            ...state,
            workbook: { ...state.workbook, fixed: action.cells, fixes: undefined, changed: action.changed },
          }
        : state;
    case "filter-changed":
      return { ...state, filter: action.filter };
    case "search-changed":
      return { ...state, search: action.search };
    case "finding-selected":
      return { ...state, selected: { file: action.file, sheet: action.sheet, cell: action.cell } };
    case "report-field":
      return { ...state, report: { ...state.report, [action.field]: action.value } };
    case "report-input":
      return { ...state, report: { ...state.report, [action.which]: action.input } };
    case "message":
      return { ...state, message: action.message };
  }
}
