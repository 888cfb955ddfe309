import { Button, Checkbox, Field, Text } from "@fluentui/react-components";
import type { Dispatch } from "react";
import type { UiMessages } from "../../i18n";
import type { OpenWorkbook, PaneAction } from "../state";

export interface ExcelPanelProps {
  workbook: OpenWorkbook;
  busy: boolean;
  ui: UiMessages;
  dispatch: Dispatch<PaneAction>;
  onInsertStandards: () => void;
  onHighlight: () => void;
  onClearHighlight: () => void;
}

/** The open workbook's roster sheets to check, the standards line, and highlighting. */
export function ExcelPanel({
  workbook,
  busy,
  ui,
  dispatch,
  onInsertStandards,
  onHighlight,
  onClearHighlight,
}: ExcelPanelProps) {
  const rosters = workbook.sheets.filter((s) => s.isRoster);
  return (
    <section>
      <Field label={ui.rosterSheets}>
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
      </Field>
      {workbook.result && (
        <Text size={200}>{ui.standardsFrom(workbook.result.standards.origin === "sheet")}</Text>
      )}
      <div className="actions">
        <Button disabled={busy} onClick={onInsertStandards}>
          {ui.insertStandards}
        </Button>
        {workbook.result && (
          <Button disabled={busy} onClick={workbook.highlighted ? onClearHighlight : onHighlight}>
            {workbook.highlighted ? ui.clearHighlight : ui.highlight}
          </Button>
        )}
      </div>
    </section>
  );
}
