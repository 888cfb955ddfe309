import { Button, Checkbox, Text } from "@fluentui/react-components";
import { useId, useRef, useState, type DragEvent, type ReactNode } from "react";
import type { PaneCommands } from "../commands";
import type { PaneAction, PaneState } from "../state";
import type { Dictionary } from "../../i18n";
import { Notice } from "./Notice";
import { TaskProgress } from "./TaskProgress";

/** What to check: the open workbook's roster sheets (Excel), and files, each with a line saying what it is. */
export function SourcePanel({
  state,
  dispatch,
  commands,
  t,
  children,
}: {
  state: PaneState;
  dispatch: (a: PaneAction) => void;
  commands: PaneCommands;
  t: Dictionary;
  /** The check's controls, under what they check. */
  children: ReactNode;
}) {
  const { ui, pane } = t;
  const busy = state.task !== undefined;
  const rosters = state.workbook?.sheets.filter((s) => s.isRoster) ?? [];
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{pane.source}</h2>
      {state.mode === "connecting" && <Text>{pane.connecting}</Text>}
      {state.workbook && (
        <fieldset className="sheets">
          <legend>{ui.rosterSheets}</legend>
          {rosters.length === 0 && <Text>{ui.noRosterSheet}</Text>}
          {rosters.map((s) => (
            <Checkbox
              key={s.name}
              label={s.name}
              checked={s.checked}
              onChange={(_, d) =>
                dispatch({ type: "sheet-toggled", name: s.name, checked: d.checked === true })
              }
            />
          ))}
          <div className="actions">
            <Button disabled={busy} onClick={() => void commands.insertStandards()}>
              {ui.insertStandards}
            </Button>
          </div>
        </fieldset>
      )}
      <DropZone
        label={state.mode === "excel" ? ui.importFiles : pane.fileInputLabel}
        t={t}
        onOpen={(files) => void commands.openFiles(files)}
      />
      {state.files.length > 0 && (
        <ul className="files">
          {state.files.map((f) => (
            <li key={f.name} className={f.error ? "file file-error" : "file"}>
              <span>
                <strong>{f.name}</strong>: {fileLine(f, t)}
              </span>
              <Button
                size="small"
                appearance="subtle"
                aria-label={pane.removeFile(f.name)}
                disabled={busy}
                onClick={() => dispatch({ type: "file-removed", name: f.name })}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      {state.port?.insertSheetsFrom && state.files.length > 0 && (
        <Button disabled={busy} onClick={() => void commands.insertFileSheets()}>
          {ui.insertFileSheets}
        </Button>
      )}
      <TaskProgress task={state.task} place="source" t={t} onCancel={commands.cancel} />
      <Notice message={state.message} place="source" />
      {children}
    </section>
  );
}

function fileLine(f: PaneState["files"][number], t: Dictionary): string {
  if (f.error) return f.error;
  if (f.finance) return t.pane.fileFinance(f.finance.length);
  if (f.view) return t.pane.checked(...counts(f.view.summary, t.lang));
  return t.pane.fileReady;
}

export function counts(
  s: { cadres: number; errors: number; warnings: number; infos: number },
  lang: string,
): [string, string, string, string] {
  const n = (x: number) => x.toLocaleString(lang === "en" ? "en-US" : "vi-VN");
  return [n(s.cadres), n(s.errors), n(s.warnings), n(s.infos)];
}

/** A labelled file input inside a drop zone that shows when files are dragged over it. */
function DropZone({ label, t, onOpen }: { label: string; t: Dictionary; onOpen: (files: File[]) => void }) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <div
      className={over ? "drop drop-over" : "drop"}
      onDragOver={(e: DragEvent) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e: DragEvent) => {
        e.preventDefault();
        setOver(false);
        onOpen([...e.dataTransfer.files]);
      }}
    >
      <label htmlFor={id} className="drop-label">
        {label}
      </label>
      <input
        id={id}
        ref={input}
        type="file"
        multiple
        onChange={(e) => {
          onOpen([...(e.target.files ?? [])]);
          e.target.value = "";
        }}
      />
      <Text size={200} aria-hidden="true">
        {over ? t.pane.dropNow : t.pane.dropZone}
      </Text>
    </div>
  );
}
