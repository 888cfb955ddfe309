import {
  Badge,
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
import { WorkbookError, type WorkbookPort } from "../../workbook/port";
import type { PaneMode } from "../officeBoot";
import { initialState, paneReducer, yearIsValid } from "../state";
import { ExcelPanel } from "./ExcelPanel";
import { FilePanel } from "./FilePanel";
import { ResultsView } from "./ResultsView";

// Both working modes are loaded on demand: the first render carries neither the engine, ExcelJS nor the Office adapter.
const excelWork = () => import(/* webpackChunkName: "excel-mode" */ "../excelWork");
const fileWork = () => import(/* webpackChunkName: "file-mode" */ "../fileWork");

/**
 * The task pane. In Excel it checks the open workbook (and, on request, units' files); outside Excel it checks
 * files. Components call the use cases through the workbook port; only the adapters speak to Excel or ExcelJS.
 */
export function App({ messages: m, mode }: { messages: Messages; mode: PaneMode["mode"] }) {
  const ui = m.ui;
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
      const work = await excelWork();
      port.current = await work.openExcel();
      dispatch({ type: "sheets-listed", sheets: await work.listRosterSheets(port.current) });
    })().catch((e) => dispatch({ type: "work-finished", message: { intent: "error", text: sentence(e) } }));
  }, [mode]);

  /** Runs one piece of work with the busy flag, turning any failure into a sentence (never a stack trace). */
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
    if (!files.length)
      return dispatch({ type: "work-finished", message: { intent: "error", text: ui.noRosterFile } });
    dispatch({
      type: "files-opened",
      files: await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      ),
    });
  }

  function check() {
    if (!yearIsValid(state.year))
      return dispatch({ type: "work-finished", message: { intent: "error", text: ui.yearInvalid } });
    if (!state.workbook && state.files.length === 0)
      return dispatch({ type: "work-finished", message: { intent: "error", text: ui.noRosterFile } });
    return work("check-started", async () => {
      if (state.workbook && port.current) {
        const sheets = state.workbook.sheets.filter((s) => s.checked).map((s) => s.name);
        if (sheets.length)
          dispatch({
            type: "workbook-checked",
            result: await (await excelWork()).checkOpenWorkbook(port.current, sheets, state.year, progress),
          });
      }
      if (state.files.length) {
        const { checkFile } = await fileWork();
        for (const f of state.files)
          dispatch({
            type: "file-checked",
            name: f.name,
            ...(await checkFile(f.name, f.bytes, state.year, m, progress)),
          });
      }
    });
  }

  const report = () =>
    work("report-started", async () => {
      if (state.workbook?.result && port.current) {
        await (await excelWork()).writeReportsToWorkbook(port.current, state.workbook.result, state.year, m, progress);
        return ui.reportWritten;
      }
      const checked = state.files.filter((f) => f.result);
      const name = `${checked[0].name.replace(/\.xlsx$/i, "")}-bao-cao.xlsx`;
      const { reportBytes } = await fileWork();
      download(await reportBytes(checked, state.year, m, progress), name);
      return ui.reportReady(name);
    });

  async function select(f: Finding) {
    dispatch({ type: "finding-selected", file: f.file ?? "", sheet: f.sheet ?? "", cell: f.cell ?? "" });
    // A finding of the open workbook jumps to its cell; one of a file only names it.
    if (port.current && !f.file && f.sheet && f.cell)
      await port.current.select({ sheet: f.sheet, cell: f.cell }).catch(() => undefined);
  }

  const withPort = (job: (p: WorkbookPort, w: Awaited<ReturnType<typeof excelWork>>) => Promise<string | void>) =>
    work("report-started", async () => job(port.current!, await excelWork()));

  return (
    <main className="pane">
      <header className="header">
        <Title3 as="h1">{ui.title}</Title3>
        <Badge appearance="outline" color={mode === "excel" ? "success" : "brand"}>
          {mode === "excel" ? ui.modeTagExcel : ui.modeTagFile}
        </Badge>
      </header>
      <Text size={200}>{mode === "excel" ? ui.modeExcel : `${ui.modeFile} ${ui.subtitle}`}</Text>

      {state.workbook && (
        <ExcelPanel
          workbook={state.workbook}
          busy={state.busy}
          ui={ui}
          dispatch={dispatch}
          onInsertStandards={() =>
            withPort(async (p, w) => ((await w.insertStandardsTemplate(p)) ? ui.standardsInserted : ui.standardsExists))
          }
          onHighlight={() =>
            withPort(async (p, w) => {
              await w.highlightFindings(p, state.workbook!.result!);
              dispatch({ type: "highlighted", on: true });
            })
          }
          onClearHighlight={() =>
            withPort(async (p) => {
              await p.clearHighlight();
              dispatch({ type: "highlighted", on: false });
            })
          }
        />
      )}
      <FilePanel
        ui={ui}
        label={mode === "excel" ? ui.importFiles : ui.openFiles}
        chosen={state.files.map((f) => f.name)}
        disabled={state.busy}
        onOpen={(list) => void open(list)}
      />

      <Field label={ui.year} validationMessage={yearIsValid(state.year) ? undefined : ui.yearInvalid}>
        <Input
          type="number"
          inputMode="numeric"
          value={Number.isFinite(state.year) ? String(state.year) : ""}
          min={1950}
          max={2100}
          onChange={(_, d) => dispatch({ type: "year-changed", year: d.value === "" ? NaN : Number(d.value) })}
        />
      </Field>
      <Button appearance="primary" disabled={state.busy} onClick={check}>
        {ui.check}
      </Button>
      {state.progress && (
        <Field
          label={state.busy ? ui.checking : undefined}
          validationMessage={`${ui.steps[state.progress.step]}${state.progress.sheet ? ` "${state.progress.sheet}"` : ""}`}
          validationState="none"
        >
          <ProgressBar value={state.progress.total ? state.progress.done / state.progress.total : undefined} />
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
            withPort(async (p, w) => {
              for (const f of state.files) await p.insertSheetsFrom!(f.bytes);
              dispatch({ type: "sheets-listed", sheets: await w.listRosterSheets(p) });
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
            onSelect={(f) => void select(f)}
          />
          <Button disabled={state.busy} onClick={report}>
            {ui.makeReport}
          </Button>
        </>
      )}
    </main>
  );
}

/** Saves bytes as a file through the browser (a Blob link); nothing leaves the computer. */
function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
