import { Button, Text } from "@fluentui/react-components";
import { FIX_KINDS, fixedText, type CellFix, type FixKind } from "../../core/fixes";
import type { PaneCommands } from "../commands";
import { formatCount } from "../formatCount";
import type { PaneState } from "../state";
import type { Dictionary } from "../../i18n";
import { Notice } from "./Notice";
import { TaskProgress } from "./TaskProgress";

/** Cells listed with their own Sửa button, and changed cells listed after a fix. */
const LISTED = 30;

/**
 * "Sửa lỗi chắc chắn": nothing changes until asked. The cells that can be fixed with certainty are found and
 * counted first (by kind, and per legacy-typed sheet for "Chuyển cả trang sang Unicode"); after a fix the changed
 * cells are listed, and Hoàn tác restores them (also an earlier session's). In file mode, each file's fixed copy.
 */
export function FixPanel({
  state,
  commands,
  t,
}: {
  state: PaneState;
  commands: PaneCommands;
  t: Dictionary;
}) {
  const wb = state.workbook;
  const n = (x: number) => formatCount(x, t.lang);
  const busy = state.task !== undefined;
  const files = state.files.filter((f) => f.view);
  const canFix = Boolean(wb && state.port?.applyFixes);
  if (!canFix && files.length === 0) return null;
  const fixes = wb?.fixes ?? [];
  const counts = countKinds(fixes);
  const legacySheets = [
    ...new Set(fixes.filter((f) => f.font || f.steps[0].kind === "legacy-encoding").map((f) => f.sheet)),
  ];
  const what = FIX_KINDS.filter((k) => counts[k] > 0)
    .map((k) => `${n(counts[k])} ${t.fix.kinds[k]}`)
    .join("; ");
  return (
    <section className="card fixes" aria-labelledby="fix-heading">
      <h2 id="fix-heading">{t.fix.title}</h2>
      <Text size={200}>{t.fix.promise}</Text>
      {canFix && wb && (
        <>
          {wb.view && !wb.fixes && (
            <div className="actions">
              <Button disabled={busy} onClick={() => void commands.findWorkbookFixes()}>
                {t.fix.find}
              </Button>
            </div>
          )}
          {fixes.length > 0 && (
            <>
              <Text>{t.fix.confirm(n(fixes.length), what)}</Text>
              <div className="actions">
                <Button
                  appearance="primary"
                  disabled={busy}
                  onClick={() => void commands.applyWorkbookFixes({})}
                >
                  {t.fix.fixAll(n(fixes.length))}
                </Button>
                {FIX_KINDS.filter((k) => counts[k] > 0 && counts[k] < fixes.length).map((k) => (
                  <Button
                    key={k}
                    disabled={busy}
                    onClick={() => void commands.applyWorkbookFixes({ kinds: [k] })}
                  >
                    {`${t.fix.kinds[k]}: ${t.fix.fixAll(n(counts[k]))}`}
                  </Button>
                ))}
                {legacySheets.map((sheet) => (
                  <Button
                    key={sheet}
                    disabled={busy}
                    onClick={() => void commands.applyWorkbookFixes({ sheet })}
                  >
                    {t.fix.sheetToUnicode(sheet, n(fixes.filter((f) => f.sheet === sheet).length))}
                  </Button>
                ))}
              </div>
              <ul className="fix-list">
                {fixes.slice(0, LISTED).map((f) => (
                  <li key={`${f.sheet}!${f.cell}`}>
                    <Text>{line(f, t)}</Text>{" "}
                    <Button
                      size="small"
                      disabled={busy}
                      onClick={() => void commands.applyWorkbookFixes({ cell: f })}
                    >
                      {t.fix.fixOne}
                    </Button>
                  </li>
                ))}
              </ul>
              {fixes.length > LISTED && <Text size={200}>{t.fix.shown(n(LISTED), n(fixes.length))}</Text>}
            </>
          )}
          {wb.changed && wb.changed.length > 0 && (
            <>
              <h3>{t.fix.changedList}</h3>
              <ul className="fix-list">
                {wb.changed.slice(0, LISTED).map((c) => (
                  <li key={`${c.sheet}!${c.cell}`}>
                    {t.fix.line(c.sheet, c.cell, c.before, c.after).trim()}
                  </li>
                ))}
              </ul>
              {wb.changed.length > LISTED && (
                <Text size={200}>{t.fix.shown(n(LISTED), n(wb.changed.length))}</Text>
              )}
            </>
          )}
          {wb.fixed > 0 && (
            <>
              <Text>{t.fix.undoLeft(n(wb.fixed))}</Text>
              <div className="actions">
                <Button disabled={busy} onClick={() => void commands.undoWorkbookFixes()}>
                  {t.fix.undo(n(wb.fixed))}
                </Button>
              </div>
            </>
          )}
        </>
      )}
      {files.length > 0 && (
        <div className="actions">
          {files.map((f) => (
            <Button key={f.name} disabled={busy} onClick={() => void commands.downloadFixed(f.name)}>
              {t.fix.downloadButton(f.name)}
            </Button>
          ))}
        </div>
      )}
      <TaskProgress task={state.task} place="fix" t={t} onCancel={commands.cancel} />
      <Notice message={state.message} place="fix" />
    </section>
  );
}

function line(f: CellFix, t: Dictionary): string {
  return t.fix.line(f.sheet, f.cell, String(f.before), fixedText(f)).trim();
}

function countKinds(fixes: readonly CellFix[]): Record<FixKind, number> {
  const out = Object.fromEntries(FIX_KINDS.map((k) => [k, 0])) as Record<FixKind, number>;
  for (const f of fixes) for (const k of new Set(f.steps.map((s) => s.kind))) out[k]++;
  return out;
}
