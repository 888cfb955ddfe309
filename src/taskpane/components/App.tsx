import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  Title3,
} from "@fluentui/react-components";
import { useEffect, useReducer, useRef } from "react";
import type { Progress } from "../../app/types";
import type { Finding } from "../../core/findings";
import type { Messages } from "../../i18n";
import { uiEn, uiVi } from "../../i18n/ui";
import { WorkbookError, type WorkbookPort } from "../../workbook/port";
import {
  checkOpenWorkbook,
  highlightFindings,
  insertStandardsTemplate,
  listRosterSheets,
  openExcel,
  writeReportsToWorkbook,
} from "../excelWork";
import { checkFile, reportBytes } from "../fileWork";
import type { PaneMode } from "../officeBoot";
import { initialState, paneReducer } from "../state";
import { ExcelPanel } from "./ExcelPanel";
import { FilePanel } from "./FilePanel";
import { ResultsView } from "./ResultsView";

/**
 * The task pane. In Excel it checks the open workbook (and, on request, units' files); outside Excel it checks
 * files. Components call the use cases through the workbook port; only the adapters speak to Excel or ExcelJS.
 */
export function App({ messages: m, mode }: { messages: Messages; mode: PaneMode["mode"] }) {
  const ui = m.lang === "en" ? uiEn : uiVi;
  const [state, dispatch] = useReducer(paneReducer, new Date().getFullYear() - 1, initialState);
  const port = useRef<WorkbookPort | undefined>(undefined);
  const results = [
    ...(state.workbook?.result ? [state.workbook.result] : []),
    ...state.files.flatMap((f) => (f.result ? [f.result] : [])),
  ];
  const progress = (p: Progress) => dispatch({ type: "progress", progress: p });

  useEffect(() => {
    if (mode !== "excel") return;
    void (async () => {
      port.current = await openExcel();
      dispatch({ type: "sheets-listed", sheets: await listRosterSheets(port.current) });
    })().catch(() => dispatch({ type: "work-finished", message: { intent: "error", text: ui.unexpected } }));
  }, [mode, ui.unexpected]);

  /** Runs one piece of work with the busy flag, turning any failure into a sentence. */
  async function work(started: "check-started" | "report-started", job: () => Promise<string | void>) {
    dispatch({ type: started });
    try {
      const text = await job();
      dispatch({ type: "work-finished", message: text ? { intent: "success", text } : undefined });
    } catch (e) {
      dispatch({ type: "work-finished", message: { intent: "error", text: sentence(e) } });
    }
  }

  function sentence(e: unknown): string {
    if (!(e instanceof WorkbookError)) return ui.unexpected;
    if (e.problem === "protected") return ui.protectedSheet;
    if (e.problem === "not-owned") return ui.notOwned(e.message.replace(/^not-owned: /, ""));
    return m.fileProblems[e.problem as keyof Messages["fileProblems"]] ?? ui.unexpected;
  }

  async function open(list: FileList | null) {
    const files = [...(list ?? [])].filter((f) => /\.xlsx$/i.test(f.name));
    dispatch({
      type: "files-opened",
      files: await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      ),
    });
  }

  function check() {
    if (!state.workbook && state.files.length === 0)
      return dispatch({ type: "work-finished", message: { intent: "error", text: ui.noRosterFile } });
    return work("check-started", async () => {
      if (state.workbook && port.current) {
        const sheets = state.workbook.sheets.filter((s) => s.checked).map((s) => s.name);
        if (sheets.length)
          dispatch({
            type: "workbook-checked",
            result: await checkOpenWorkbook(port.current, sheets, state.year, progress),
          });
      }
      for (const f of state.files)
        dispatch({
          type: "file-checked",
          name: f.name,
          ...(await checkFile(f.name, f.bytes, state.year, m, progress)),
        });
    });
  }

  const report = () =>
    work("report-started", async () => {
      if (state.workbook?.result && port.current) {
        await writeReportsToWorkbook(port.current, state.workbook.result, state.year, m, progress);
        return ui.reportWritten;
      }
      const name = `${state.files[0].name.replace(/\.xlsx$/i, "")}-bao-cao.xlsx`;
      download(await reportBytes(results, state.year, m), name);
      return ui.reportReady(name);
    });

  async function select(f: Finding) {
    dispatch({ type: "finding-selected", file: f.file ?? "", sheet: f.sheet ?? "", cell: f.cell ?? "" });
    // A finding of the open workbook jumps to its cell; one of a file only names it.
    if (port.current && !f.file && f.sheet && f.cell)
      await port.current.select({ sheet: f.sheet, cell: f.cell }).catch(() => undefined);
  }

  return (
    <main className="pane">
      <Title3 as="h1">{ui.title}</Title3>
      <Text size={200}>{mode === "excel" ? ui.modeExcel : `${ui.modeFile} ${ui.subtitle}`}</Text>

      {state.workbook && (
        <ExcelPanel
          workbook={state.workbook}
          busy={state.busy}
          ui={ui}
          dispatch={dispatch}
          onInsertStandards={() =>
            work("report-started", async () =>
              (await insertStandardsTemplate(port.current!)) ? ui.standardsInserted : ui.standardsExists,
            )
          }
          onHighlight={() =>
            work(
              "report-started",
              async () => (
                await highlightFindings(port.current!, state.workbook!.result!),
                dispatch({ type: "highlighted", on: true })
              ),
            )
          }
          onClearHighlight={() =>
            work(
              "report-started",
              async () => (
                await port.current!.clearHighlight(),
                dispatch({ type: "highlighted", on: false })
              ),
            )
          }
        />
      )}
      <FilePanel ui={ui} label={mode === "excel" ? ui.importFiles : ui.openFiles} onOpen={open} />

      <Field label={ui.year}>
        <Input
          type="number"
          value={String(state.year)}
          min={1950}
          max={2100}
          onChange={(_, d) => dispatch({ type: "year-changed", year: Number(d.value) })}
        />
      </Field>
      <Button appearance="primary" disabled={state.busy} onClick={check}>
        {state.busy ? ui.checking : ui.check}
      </Button>
      {state.progress && (
        <Field
          validationMessage={`${ui.steps[state.progress.step]} ${state.progress.sheet ?? ""}`}
          validationState="none"
        >
          <ProgressBar
            value={state.progress.total ? state.progress.done / state.progress.total : undefined}
          />
        </Field>
      )}
      {state.message && (
        <MessageBar intent={state.message.intent}>
          <MessageBarBody>{state.message.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.files
        .filter((f) => f.error)
        .map((f) => (
          <MessageBar key={f.name} intent="error">
            <MessageBarBody>{`${f.name}: ${f.error}`}</MessageBarBody>
          </MessageBar>
        ))}

      {state.workbook && port.current?.insertSheetsFrom && state.files.length > 0 && (
        <Button
          disabled={state.busy}
          onClick={() =>
            work("report-started", async () => {
              for (const f of state.files) await port.current!.insertSheetsFrom!(f.bytes);
              dispatch({ type: "sheets-listed", sheets: await listRosterSheets(port.current!) });
              return ui.fileSheetsInserted(state.files.length);
            })
          }
        >
          {ui.insertFileSheets}
        </Button>
      )}

      {results.length > 0 && (
        <>
          <ResultsView
            results={results}
            state={state}
            dispatch={dispatch}
            messages={m}
            ui={ui}
            onSelect={select}
          />
          <Button disabled={state.busy} onClick={report}>
            {ui.makeReport}
          </Button>
        </>
      )}
    </main>
  );
}

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
