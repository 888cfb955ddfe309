import { Button, Field, Input, Text } from "@fluentui/react-components";
import { useId } from "react";
import type { PaneCommands } from "../commands";
import { formatCount } from "../formatCount";
import type { InputFile, PaneAction, PaneState } from "../state";
import type { Dictionary } from "../../i18n";
import { Notice } from "./Notice";
import { TaskProgress } from "./TaskProgress";

/** Every input of the yearly report, then Tạo báo cáo with its progress and message. */
export function ReportPanel({
  state,
  dispatch,
  commands,
  t,
}: {
  state: PaneState;
  dispatch: (a: PaneAction) => void;
  commands: PaneCommands;
  t: Dictionary;
}) {
  const { pane } = t;
  const r = state.report;
  const headingId = useId();
  const text = (field: "parentBody" | "issuer" | "place" | "signer", label: string, hint: string) => (
    <Field label={label} hint={hint}>
      <Input
        value={r[field] ?? ""}
        onChange={(_, d) => dispatch({ type: "report-field", field, value: d.value })}
      />
    </Field>
  );
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{pane.reportSection}</h2>
      <div className="report-form">
        <FileInput
          label={pane.previous}
          input={r.previous}
          done={(f) => pane.previousRead(formatCount(f.cadres ?? 0, t.lang))}
          onPick={(file) => void commands.openInput("previous", file)}
          t={t}
        />
        <FileInput
          label={pane.finance}
          input={r.finance}
          done={(f) => pane.financeRead(formatCount(f.years?.length ?? 0, t.lang))}
          onPick={(file) => void commands.openInput("finance", file)}
          t={t}
        />
        {text("parentBody", pane.parentBody, pane.parentBodyHint)}
        {text("issuer", pane.issuer, pane.issuerHint)}
        {text("place", pane.place, pane.placeHint)}
        {text("signer", pane.signer, pane.signerHint)}
      </div>
      <Text size={200}>{state.port?.writeSettings ? pane.remembered : pane.notRemembered}</Text>
      <div className="actions">
        <Button
          appearance="primary"
          disabled={state.task !== undefined || state.mode === "connecting"}
          onClick={() => void commands.report()}
        >
          {t.ui.makeReport}
        </Button>
        <Button
          disabled={state.task !== undefined || state.mode === "connecting"}
          title={t.consolidate.hint}
          onClick={() => void commands.consolidateRosters()}
        >
          {t.consolidate.button}
        </Button>
      </div>
      <TaskProgress task={state.task} place="report" t={t} onCancel={commands.cancel} />
      <Notice message={state.message} place="report" />
    </section>
  );
}

function FileInput({
  label,
  input,
  done,
  onPick,
  t,
}: {
  label: string;
  input: InputFile | undefined;
  done: (f: InputFile) => string;
  onPick: (file: File | undefined) => void;
  t: Dictionary;
}) {
  const id = useId();
  return (
    <div className="file-input">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" onChange={(e) => onPick(e.target.files?.[0])} />
      {input && (
        <Text size={200} className={input.error ? "file-error" : undefined}>
          {input.name}: {input.error ?? done(input)}
        </Text>
      )}
      {input && (
        <Button size="small" appearance="subtle" onClick={() => onPick(undefined)}>
          {t.pane.removeFile(input.name)}
        </Button>
      )}
    </div>
  );
}
