import { Button, Text } from "@fluentui/react-components";
import { HIGHLIGHT_COLORS } from "../../workbook/port";
import type { PaneCommands } from "../commands";
import { formatCount } from "../formatCount";
import type { PaneState } from "../state";
import type { Dictionary } from "../../i18n";
import { Notice } from "./Notice";
import { TaskProgress } from "./TaskProgress";

/** Colouring the workbook's problem cells: how many first, the legend, and clearing (also an earlier session's). */
export function HighlightPanel({
  state,
  stale,
  commands,
  t,
}: {
  state: PaneState;
  stale: boolean;
  commands: PaneCommands;
  t: Dictionary;
}) {
  const wb = state.workbook;
  const view = wb?.view;
  const cells = view?.highlight ?? [];
  const mine = state.message?.place === "highlight" || state.task?.place === "highlight";
  if (!wb || (!view && wb.highlighted === 0 && !mine)) return null;
  const n = (x: number) => formatCount(x, t.lang);
  const errors = cells.filter((c) => c.severity === "error").length;
  const busy = state.task !== undefined;
  return (
    <div className="highlight">
      {view && cells.length > 0 && (
        <>
          <Text>{t.pane.highlightWill(n(errors), n(cells.length - errors))}</Text>
          <ul className="legend" aria-label={t.ui.highlight}>
            <li>
              <span className="swatch" style={{ background: HIGHLIGHT_COLORS.error }} aria-hidden="true" />
              {t.pane.legendError}
            </li>
            <li>
              <span className="swatch" style={{ background: HIGHLIGHT_COLORS.warning }} aria-hidden="true" />
              {t.pane.legendWarning}
            </li>
          </ul>
        </>
      )}
      {wb.highlighted > 0 && <Text>{t.pane.highlightLeft(n(wb.highlighted))}</Text>}
      <div className="actions">
        {view && cells.length > 0 && (
          <Button disabled={busy || stale} onClick={() => void commands.highlight()}>
            {t.pane.highlightButton(n(cells.length))}
          </Button>
        )}
        {wb.highlighted > 0 && (
          <Button disabled={busy} onClick={() => void commands.clearHighlight()}>
            {t.ui.clearHighlight}
          </Button>
        )}
      </div>
      <TaskProgress task={state.task} place="highlight" t={t} onCancel={commands.cancel} />
      <Notice message={state.message} place="highlight" />
    </div>
  );
}
