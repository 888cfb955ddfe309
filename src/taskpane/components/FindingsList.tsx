import { Button } from "@fluentui/react-components";
import { memo, useRef, useState, type KeyboardEvent } from "react";
import type { Finding } from "../../core/findings";
import { formatCount } from "../formatCount";
import type { IndexedLine, Section } from "../findingIndex";
import type { Dictionary } from "../../i18n";

/** Lines drawn per section before "Xem thêm": drawing stays quick however many findings there are. */
export const PAGE = 200;

/**
 * The findings, by file and sheet; each section one Tab stop, its lines reached with the arrow keys. Drawn again
 * only when the lines change (a new check, a filter), never for a progress step or a keystroke elsewhere; lines
 * are plain elements, so a section of 200 draws in a few milliseconds.
 */
export const FindingsList = memo(function FindingsList({
  sections,
  t,
  onSelect,
}: {
  sections: Section[];
  t: Dictionary;
  onSelect: (f: Finding) => void;
}) {
  return (
    <div className="findings">
      {sections.map((s) => (
        <SectionList key={s.key} section={s} t={t} onSelect={onSelect} />
      ))}
    </div>
  );
});

function SectionList({
  section,
  t,
  onSelect,
}: {
  section: Section;
  t: Dictionary;
  onSelect: (f: Finding) => void;
}) {
  const [shown, setShown] = useState(PAGE);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const lines = section.lines.slice(0, shown);
  // The one line of the section Tab reaches: the last one focused, or the first that names a cell.
  const current = lines[active]?.finding.cell ? active : lines.findIndex((l) => l.finding.cell);
  const title = [section.file, section.sheet].filter(Boolean).join(" › ");

  function onKeyDown(e: KeyboardEvent) {
    const buttons = [...(list.current?.querySelectorAll<HTMLElement>("button.select") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    if (!(e.key in moves) || at < 0) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, moves[e.key]))]?.focus();
  }

  return (
    <section className="finding-section" aria-label={title}>
      <h3>
        {title} ({formatCount(section.lines.length, t.lang)})
      </h3>
      <ul ref={list} onKeyDown={onKeyDown}>
        {lines.map((l, i) => (
          <Line
            key={i}
            index={i}
            l={l}
            t={t}
            tabbable={i === current}
            onFocus={setActive}
            onSelect={onSelect}
          />
        ))}
      </ul>
      {section.lines.length > shown && (
        <Button appearance="subtle" onClick={() => setShown(shown + PAGE)}>
          {t.pane.showMore(formatCount(section.lines.length - shown, t.lang))}
        </Button>
      )}
    </section>
  );
}

const Line = memo(function Line({
  index,
  l,
  t,
  tabbable,
  onFocus,
  onSelect,
}: {
  index: number;
  l: IndexedLine;
  t: Dictionary;
  tabbable: boolean;
  onFocus: (index: number) => void;
  onSelect: (f: Finding) => void;
}) {
  const f = l.finding;
  const single = l.line.kind === "finding";
  // A finding about the whole row points at the name cell: its "value" is the name, already shown.
  const raw = single && f.value !== undefined && f.value !== null ? String(f.value) : "";
  const value = raw !== l.name ? raw : "";
  return (
    <li className={`finding finding-${l.severity}`}>
      <div className="finding-head">
        <span className={`badge badge-${l.severity}`}>{t.severity[l.severity]}</span>
        <strong>{l.title}</strong>
        {f.cell && (
          <button
            type="button"
            className="select"
            tabIndex={tabbable ? 0 : -1}
            data-cell={f.cell}
            aria-label={`${t.pane.selectCell} ${f.cell}: ${l.message}`}
            onFocus={() => onFocus(index)}
            onClick={() => onSelect(f)}
          >
            {t.pane.selectCell} {f.cell}
          </button>
        )}
      </div>
      <p className="finding-message">{l.message}</p>
      {(l.name || value || (single && f.suggestion)) && (
        <dl className="finding-facts">
          {l.name && (
            <>
              <dt>{t.pane.person}</dt>
              <dd>{l.name}</dd>
            </>
          )}
          {value && (
            <>
              <dt>{t.pane.value}</dt>
              <dd>{value}</dd>
            </>
          )}
          {single && f.suggestion && (
            <>
              <dt>{t.pane.suggestion}</dt>
              <dd>{f.suggestion}</dd>
            </>
          )}
        </dl>
      )}
    </li>
  );
});
