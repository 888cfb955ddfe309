import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  Title3,
} from "@fluentui/react-components";
import { useReducer, type ChangeEvent, type DragEvent } from "react";
import type { Finding } from "../../core/findings";
import type { Messages } from "../../i18n";
import { uiEn, uiVi } from "../../i18n/ui";
import { checkFile, reportBytes } from "../fileWork";
import { initialState, paneReducer } from "../state";
import { FindingsList } from "./FindingsList";

/** The task pane in file mode: open rosters, check them, browse the findings, download the report. */
export function App({ messages: m }: { messages: Messages }) {
  const ui = m.lang === "en" ? uiEn : uiVi;
  const [state, dispatch] = useReducer(paneReducer, new Date().getFullYear() - 1, initialState);
  const results = state.files.flatMap((f) => (f.result ? [f.result] : []));
  const findings = results
    .flatMap((r) => r.findings)
    .filter((f) => visible(f, state.filter, state.search, m));
  const cadres = results.reduce((n, r) => n + r.summary.cadres, 0);
  const count = (s: Finding["severity"]) =>
    results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);

  async function open(list: FileList | null) {
    const files = [...(list ?? [])].filter((f) => /\.xlsx$/i.test(f.name));
    dispatch({
      type: "files-opened",
      files: await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      ),
    });
  }

  async function check() {
    if (state.files.length === 0)
      return dispatch({ type: "work-finished", message: { intent: "error", text: ui.noRosterFile } });
    dispatch({ type: "check-started" });
    try {
      for (const f of state.files) {
        const outcome = await checkFile(f.name, f.bytes, state.year, m, (progress) =>
          dispatch({ type: "progress", progress }),
        );
        dispatch({ type: "file-checked", name: f.name, ...outcome });
      }
      dispatch({ type: "work-finished" });
    } catch {
      dispatch({ type: "work-finished", message: { intent: "error", text: ui.unexpected } });
    }
  }

  async function report() {
    dispatch({ type: "report-started" });
    try {
      const name = `${state.files[0].name.replace(/\.xlsx$/i, "")}-bao-cao.xlsx`;
      const bytes = await reportBytes(results, state.year, m);
      download(bytes, name);
      dispatch({ type: "work-finished", message: { intent: "success", text: ui.reportReady(name) } });
    } catch {
      dispatch({ type: "work-finished", message: { intent: "error", text: ui.unexpected } });
    }
  }

  return (
    <main className="pane">
      <Title3 as="h1">{ui.title}</Title3>
      <Text size={200}>{ui.subtitle}</Text>

      <div
        className="drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e: DragEvent) => (e.preventDefault(), open(e.dataTransfer.files))}
      >
        <Field label={ui.openFiles}>
          <input
            type="file"
            accept=".xlsx"
            multiple
            onChange={(e: ChangeEvent<HTMLInputElement>) => open(e.target.files)}
          />
        </Field>
        <Text size={200}>{ui.dropHint}</Text>
      </div>

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

      {results.length > 0 && (
        <section aria-live="polite">
          <Text weight="semibold" className="counts">
            {ui.counts(cadres)} — {m.severity.error}: {count("error")}, {m.severity.warning}:{" "}
            {count("warning")}, {m.severity.info}: {count("info")}
          </Text>
          <div className="filters">
            <Field label={ui.filter}>
              <Select
                value={state.filter}
                onChange={(_, d) =>
                  dispatch({ type: "filter-changed", filter: d.value as typeof state.filter })
                }
              >
                <option value="all">{ui.filterAll}</option>
                <option value="error">{m.severity.error}</option>
                <option value="warning">{m.severity.warning}</option>
                <option value="info">{m.severity.info}</option>
              </Select>
            </Field>
            <Field label={ui.search}>
              <Input
                value={state.search}
                onChange={(_, d) => dispatch({ type: "search-changed", search: d.value })}
              />
            </Field>
          </div>
          {state.selected && (
            <Text className="selected">{ui.selected(state.selected.sheet, state.selected.cell)}</Text>
          )}
          {findings.length ? (
            <FindingsList
              findings={findings}
              messages={m}
              onSelect={(f) =>
                dispatch({
                  type: "finding-selected",
                  file: f.file ?? "",
                  sheet: f.sheet ?? "",
                  cell: f.cell ?? "",
                })
              }
            />
          ) : (
            <Text>{ui.noFindings}</Text>
          )}
          <Button disabled={state.busy} onClick={report}>
            {ui.makeReport}
          </Button>
        </section>
      )}
    </main>
  );
}

function visible(f: Finding, filter: string, search: string, m: Messages): boolean {
  if (filter !== "all" && f.severity !== filter) return false;
  if (!search) return true;
  const hay =
    `${f.cell ?? ""} ${f.sheet ?? ""} ${String(f.value ?? "")} ${m.findings[f.code].title}`.toLowerCase();
  return hay.includes(search.toLowerCase());
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
