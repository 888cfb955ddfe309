import { startTransition, useRef, type Dispatch } from "react";
import { INPUT_SENTENCES } from "../app/inputSentences";
import { parseYear } from "../app/parseYear";
import { snapshotSheets } from "../app/snapshotSheets";
import type { Progress } from "../app/types";
import { writeReportSheets } from "../app/writeReports";
import type { Finding } from "../core/findings";
import { describeFailure } from "../app/describeFailure";
import { messagesFor } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import type { CheckView, EngineReply, FileView, FinanceView, ReportInputs } from "./engine";
import { inputsKey, viewsOf, type Lang, type PaneAction, type PaneState, type Place } from "./state";
import type { ProgressStore } from "./progressStore";
import { Cancelled, engine } from "./workerClient";
import type { CommandDeps } from "./commandDeps";
import { excelCommands } from "./excelCommands";
import { fixCommands } from "./fixCommands";
import { formatCount } from "./formatCount";

/** Rows of a sheet sent to the worker at a time: each copy stays far under the 100 ms a frame may wait. */
const STAGE_ROWS = 2_000;

/**
 * The pane's commands: every piece of orchestration between the controls, the engine and the workbook lives here,
 * so App only lays out. Each long task gets a run number; the reducer drops whatever an older run still reports,
 * and `cancel` ends the current one where it stands.
 */
export function usePaneCommands(
  state: PaneState,
  dispatch: Dispatch<PaneAction>,
  progress: ProgressStore,
  focusYear: () => void,
) {
  const latest = useRef(state);
  latest.current = state;
  const runs = useRef(0);
  const checkedGeneration = useRef(0);
  const cancelled = useRef(new Set<number>());

  const texts = () => messagesFor(latest.current.lang);

  const task: CommandDeps["task"] = async (kind, place, job) => {
    const run = ++runs.current;
    dispatch({ type: "task-started", kind, place, run });
    const report = (p: Progress) => {
      if (cancelled.current.has(run)) throw new Cancelled();
      progress.set(run, p);
    };
    try {
      const message = await job(run, report);
      dispatch({ type: "task-finished", run, message: message ?? undefined });
      return true;
    } catch (e) {
      if (!(e instanceof Cancelled))
        dispatch({ type: "task-finished", run, message: { intent: "error", text: sentence(e), place } });
      return false;
    }
  };

  function sentence(e: unknown): string {
    return describeFailure(e, texts());
  }

  /** Stops the task under way: the worker ends, Excel stops at its next step; nothing half-done is kept. */
  function cancel(): void {
    const t = latest.current.task;
    if (!t) return;
    cancelled.current.add(t.run);
    engine.cancel();
    dispatch({
      type: "task-finished",
      run: t.run,
      message: { intent: "info", text: texts().pane.cancelled, place: t.place },
    });
  }

  /** Checks the chosen sheets and every file; returns the checks made, or undefined when cancelled. */
  async function runCheck(run: number, year: number, progress: (p: Progress) => void): Promise<CheckView[]> {
    const s = latest.current;
    const key = inputsKey(s);
    const old = viewsOf(s).map((v) => v.key);
    if (old.length) await engine.run({ kind: "forget", keys: old });
    const views: CheckView[] = [];
    const sheets = s.workbook?.sheets.filter((x) => x.checked).map((x) => x.name) ?? [];
    if (s.port && sheets.length) {
      const view = await checkWorkbook(s.port, sheets, year, progress);
      // Drawn as a transition: React draws the results in slices, between which the pane answers.
      startTransition(() => dispatch({ type: "workbook-checked", run, view }));
      views.push(view);
    }
    for (const f of s.files) {
      const out = await engine.run<FileView>(
        { kind: "check-file", name: f.name, bytes: f.bytes, year, lang: s.lang },
        progress,
      );
      if (out.kind === "roster") views.push(out.view);
      startTransition(() =>
        dispatch({
          type: "file-checked",
          run,
          name: f.name,
          view: out.kind === "roster" ? out.view : undefined,
          finance: out.kind === "finance" ? out.years : undefined,
          error: out.kind === "unreadable" ? out.error : undefined,
        }),
      );
    }
    const findings = views.reduce((n, v) => n + v.summary.errors + v.summary.warnings + v.summary.infos, 0);
    progress({ step: "draw", done: findings, total: findings });
    // One frame for the progress line to show before the list is drawn.
    await new Promise((resolve) => setTimeout(resolve, 0));
    checkedGeneration.current = engine.generation;
    dispatch({ type: "checked", run, with: key });
    return views;
  }

  /** office.js reads the sheets on the pane's thread; they go to the worker in pieces, and are checked there. */
  async function checkWorkbook(
    port: WorkbookPort,
    names: string[],
    year: number,
    progress: (p: Progress) => void,
  ): Promise<CheckView> {
    const sheets = await snapshotSheets(port, names, progress);
    for (const { grid, visible, owned } of sheets) {
      for (let from = 0; from === 0 || from < grid.values.length; from += STAGE_ROWS) {
        const piece = {
          name: grid.name,
          visible,
          owned,
          merges: grid.merges,
          rows: grid.values.slice(from, from + STAGE_ROWS),
          fonts: grid.fonts?.slice(from, from + STAGE_ROWS),
        };
        await engine.run({ kind: "stage-sheet", piece });
      }
    }
    return engine.run<CheckView>({ kind: "check-staged", names, year, lang: latest.current.lang }, progress);
  }

  /** The year to use; the field itself shows what is wrong, so a check only moves the focus there. */
  function validYear(place: Place): number | undefined {
    const year = parseYear(latest.current.yearText);
    if ("year" in year) return year.year;
    if (place === "check") focusYear();
    else
      dispatch({
        type: "message",
        message: { intent: "error", text: texts().pane.yearProblem[year.problem], place },
      });
    return undefined;
  }

  async function check(): Promise<boolean> {
    const year = validYear("check");
    if (year === undefined) return false;
    const s = latest.current;
    if (!s.workbook?.sheets.some((x) => x.checked) && s.files.length === 0) {
      dispatch({
        type: "message",
        message: { intent: "error", text: texts().pane.noSheetChosen, place: "check" },
      });
      return false;
    }
    return task("check", "check", async (run, progress) => void (await runCheck(run, year, progress)));
  }

  async function report(): Promise<boolean> {
    const year = validYear("report");
    if (year === undefined) return false;
    return task("report", "report", async (run, progress) => {
      const s = latest.current;
      const { ui } = texts();
      const keys = await checkedKeys(run, year, progress);
      if (keys.length === 0) return { intent: "error", text: ui.noRosterFile, place: "report" };
      const inputs = await reportInputs(year, progress);
      if (s.port && s.workbook) {
        const built = await engine.run<Extract<EngineReply, { kind: "report-sheets" }>>(
          { kind: "report", keys, inputs, output: "sheets" },
          progress,
        );
        await writeReportSheets(s.port, built.report, progress);
        const { parentBody, issuer, place } = latest.current.report;
        await s.port.writeSettings?.({ parentBody, issuer, place });
        return { intent: "success", text: ui.reportWritten, place: "report" };
      }
      const built = await engine.run<Extract<EngineReply, { kind: "report-bytes" }>>(
        { kind: "report", keys, inputs, output: "xlsx" },
        progress,
      );
      const first = s.files.find((f) => f.view) ?? s.files[0];
      const name = `${first.name.replace(/\.xlsx$/i, "")}-bao-cao.xlsx`;
      download(built.bytes, name);
      return { intent: "success", text: ui.reportReady(name), place: "report" };
    });
  }

  /** The checks a report or a consolidation is built from: checked again first when the shown ones are stale. */
  async function checkedKeys(run: number, year: number, progress: (p: Progress) => void): Promise<number[]> {
    const s = latest.current;
    let views = viewsOf(s);
    const stale = s.checkedWith !== inputsKey(s) || checkedGeneration.current !== engine.generation;
    if (stale || views.length === 0) {
      dispatch({
        type: "message",
        message: { intent: "info", text: texts().pane.recheckFirst, place: "report" },
      });
      views = await runCheck(run, year, progress);
    }
    return views.map((v) => v.key);
  }

  /** The report's inputs; last year's roster is read again when the engine lost it (a cancel). */
  async function reportInputs(year: number, progress: (p: Progress) => void): Promise<ReportInputs> {
    const s = latest.current;
    let previous = s.report.previous;
    if (
      previous &&
      !previous.error &&
      (previous.key === undefined || checkedGeneration.current !== engine.generation)
    ) {
      const read = await engine.run<Extract<EngineReply, { kind: "previous" }>>(
        { kind: "read-previous", name: previous.name, bytes: previous.bytes, year, lang: s.lang },
        progress,
      );
      previous = { ...previous, key: read.key, cadres: read.cadres };
      dispatch({ type: "report-input", which: "previous", input: previous });
    }
    const clean = (v: string | undefined) => v?.trim() || undefined;
    const finance = s.report.finance;
    const unusable = [
      ...s.files.filter((f) => f.error).map((f) => f.name),
      ...(previous?.error ? [previous.name] : []),
      ...(finance?.error ? [finance.name] : []),
    ];
    return {
      year,
      previous: previous?.key === undefined ? undefined : { key: previous.key, name: previous.name },
      finance: finance?.years ? { years: finance.years, name: finance.name } : undefined,
      problems: unusable.map((name) => INPUT_SENTENCES.unreadable(name, [])),
      parentBody: clean(s.report.parentBody),
      issuer: clean(s.report.issuer),
      place: clean(s.report.place),
      signer: clean(s.report.signer),
      date: Date.now(),
      lang: s.lang,
    };
  }

  /** Reads last year's roster or the finance workbook as soon as it is given, so a problem shows at once. */
  async function openInput(which: "previous" | "finance", file: File | undefined): Promise<void> {
    if (!file) return dispatch({ type: "report-input", which, input: undefined });
    const bytes: Blob = file;
    const s = latest.current;
    const year = parseYear(s.yearText);
    await task("input", "report", async (_run, progress) => {
      const base = { name: file.name, bytes };
      try {
        if (which === "previous") {
          const read = await engine.run<Extract<EngineReply, { kind: "previous" }>>(
            {
              kind: "read-previous",
              name: file.name,
              bytes,
              year: "year" in year ? year.year : new Date().getFullYear(),
              lang: s.lang,
            },
            progress,
          );
          dispatch({ type: "report-input", which, input: { ...base, key: read.key, cadres: read.cadres } });
        } else {
          const read = await engine.run<FinanceView>(
            { kind: "read-finance", name: file.name, bytes, lang: s.lang },
            progress,
          );
          const input =
            read.kind === "finance"
              ? { ...base, years: read.years }
              : { ...base, error: read.problems.join(" ") };
          dispatch({ type: "report-input", which, input });
        }
      } catch (e) {
        if (e instanceof Cancelled) throw e;
        dispatch({ type: "report-input", which, input: { ...base, error: sentence(e) } });
      }
    });
  }

  async function openFiles(list: FileList | File[] | null): Promise<void> {
    // The files themselves, not their bytes: a File crosses to the engine's thread by reference, where a copy of
    // a 10 MB roster held the pane's thread for 50-250 ms.
    const files = [...(list ?? [])].map((f) => ({ name: f.name, bytes: f as Blob }));
    if (files.length) dispatch({ type: "files-added", files });
  }

  async function select(f: Finding): Promise<void> {
    if (!f.sheet || !f.cell) return;
    dispatch({ type: "finding-selected", file: f.file, sheet: f.sheet, cell: f.cell });
    // A finding of the open workbook jumps to its cell; one of a file names the file and the cell.
    const { port } = latest.current;
    if (port && !f.file) await port.select({ sheet: f.sheet, cell: f.cell }).catch(() => undefined);
  }

  /**
   * The findings in the language just chosen, indexed again by the engine; where it no longer keeps the check
   * (after a cancel) they stay as they are until the next check.
   */
  async function relabel(lang: Lang): Promise<void> {
    for (const view of viewsOf(latest.current)) {
      if (view.lang === lang) continue;
      const sections = await engine
        .run<Extract<EngineReply, { kind: "sections" }>>({ kind: "index", key: view.key, lang })
        .then((r) => r.sections)
        .catch(() => undefined);
      if (sections)
        startTransition(() => dispatch({ type: "view-relabelled", key: view.key, sections, lang }));
    }
  }

  const deps = { latest, dispatch, task, texts };
  const fixes = fixCommands({
    ...deps,
    validYear,
    checkedKeys,
    reportInputs,
    download,
    formatCount: (n) => formatCount(n, latest.current.lang),
  });

  return {
    ...fixes,
    ...excelCommands(deps),
    check,
    report,
    cancel,
    openFiles,
    openInput,
    select,
    relabel,
  };
}

export type PaneCommands = ReturnType<typeof usePaneCommands>;

/** Saves bytes as a file through the browser; nothing leaves the computer. */
function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
