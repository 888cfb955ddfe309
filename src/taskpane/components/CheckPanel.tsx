import { Button, Field, Input } from "@fluentui/react-components";
import type { RefObject } from "react";
import { parseYear } from "../../app/parseYear";
import type { PaneCommands } from "../commands";
import type { PaneAction, PaneState } from "../state";
import type { Dictionary } from "../../i18n";
import { Notice } from "./Notice";
import { TaskProgress } from "./TaskProgress";

/** The report year, checked as it is typed, and Kiểm tra with its progress and message. */
export function CheckPanel({
  state,
  dispatch,
  commands,
  t,
  yearRef,
  onChecked,
}: {
  yearRef: RefObject<HTMLInputElement | null>;
  state: PaneState;
  dispatch: (a: PaneAction) => void;
  commands: PaneCommands;
  t: Dictionary;
  onChecked: () => void;
}) {
  const year = parseYear(state.yearText);
  const problem = "problem" in year ? t.pane.yearProblem[year.problem] : undefined;
  return (
    <div className="check">
      <Field label={t.ui.year} validationState={problem ? "error" : "none"} validationMessage={problem}>
        <Input
          ref={yearRef}
          inputMode="numeric"
          maxLength={4}
          value={state.yearText}
          onChange={(_, d) => dispatch({ type: "year-typed", text: d.value })}
        />
      </Field>
      <Button
        appearance="primary"
        disabled={state.task !== undefined || state.mode === "connecting"}
        onClick={() => void commands.check().then((done) => done && onChecked())}
      >
        {state.task?.kind === "check" ? t.ui.checking : t.ui.check}
      </Button>
      <TaskProgress task={state.task} place="check" t={t} onCancel={commands.cancel} />
      <Notice message={state.message} place="check" />
    </div>
  );
}
