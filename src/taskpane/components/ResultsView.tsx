import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { forwardRef, useDeferredValue, useMemo } from "react";
import type { Finding } from "../../core/findings";
import type { PaneCommands } from "../commands";
import { formatCount } from "../formatCount";
import { filterSections } from "../findingIndex";
import { isStale, viewsOf, type PaneAction, type PaneState } from "../state";
import type { Dictionary } from "../../i18n";
import { FindingsList } from "./FindingsList";
import { HighlightPanel } from "./HighlightPanel";
import { counts } from "./SourcePanel";
import { mergeUnits, UnitBars } from "./UnitBars";

/** The check's results: out-of-date notice, counts, units, highlighting, filters and the findings. */
export const ResultsView = forwardRef<
  HTMLHeadingElement,
  {
    state: PaneState;
    dispatch: (a: PaneAction) => void;
    commands: PaneCommands;
    t: Dictionary;
    onSelect: (f: Finding) => void;
  }
>(function ResultsView({ state, dispatch, commands, t, onSelect }, headingRef) {
  const wbView = state.workbook?.view;
  const views = useMemo(
    () => viewsOf({ ...state, workbook: state.workbook && { ...state.workbook, view: wbView } }),
    [wbView, state.files],
  );
  const sections = useMemo(() => views.flatMap((v) => v.sections), [views]);
  // Typing stays immediate; the list follows as soon as the thread is free.
  const search = useDeferredValue(state.search);
  const shown = useMemo(
    () => filterSections(sections, state.filter, search),
    [sections, state.filter, search],
  );
  const units = useMemo(() => mergeUnits(views.map((v) => v.units)), [views]);
  const stale = isStale(state);
  const total = views.reduce(
    (s, v) => ({
      cadres: s.cadres + v.summary.cadres,
      errors: s.errors + v.summary.errors,
      warnings: s.warnings + v.summary.warnings,
      infos: s.infos + v.summary.infos,
    }),
    { cadres: 0, errors: 0, warnings: 0, infos: 0 },
  );
  const all = sections.reduce((n, s) => n + s.lines.length, 0);
  const visible = shown.reduce((n, s) => n + s.lines.length, 0);
  const filtered = state.filter !== "all" || state.search !== "";
  const sel = state.selected;
  return (
    <section className="card results" aria-labelledby="results-heading">
      <h2 id="results-heading" ref={headingRef} tabIndex={-1}>
        {t.pane.results}
      </h2>
      {views.length === 0 ? (
        <>
          <Text>{t.pane.noResults}</Text>
          {/* Highlights left by an earlier session can be cleared before any check. */}
          <HighlightPanel state={state} stale={stale} commands={commands} t={t} />
        </>
      ) : (
        <>
          {stale && (
            <MessageBar intent="warning">
              <MessageBarBody>{t.pane.stale}</MessageBarBody>
            </MessageBar>
          )}
          <p className={stale ? "counts stale" : "counts"}>{t.pane.checked(...counts(total, t.lang))}</p>
          {views.some((v) => v.standardsFromSheet) || state.workbook ? (
            <Text size={200}>{t.ui.standardsFrom(views.some((v) => v.standardsFromSheet))}</Text>
          ) : null}
          <UnitBars units={units} t={t} />
          <HighlightPanel state={state} stale={stale} commands={commands} t={t} />
          <div className="filters">
            <Field label={t.ui.filter}>
              <Select
                value={state.filter}
                onChange={(_, d) =>
                  dispatch({ type: "filter-changed", filter: d.value as PaneState["filter"] })
                }
              >
                <option value="all">{t.ui.filterAll}</option>
                <option value="error">{t.severity.error}</option>
                <option value="warning">{t.severity.warning}</option>
                <option value="info">{t.severity.info}</option>
              </Select>
            </Field>
            <Field label={t.ui.search}>
              <Input
                type="search"
                value={state.search}
                onChange={(_, d) => dispatch({ type: "search-changed", search: d.value })}
              />
            </Field>
          </div>
          {/* data-query says which search the list shows (the deferred one), for the benchmark to time it. */}
          <p className="shown" aria-live="polite" data-query={search}>
            {t.pane.shownOf(formatCount(visible, t.lang), formatCount(all, t.lang))}
          </p>
          {sel && <p className="selected">{t.pane.cellIn(sel.file, sel.sheet, sel.cell)}</p>}
          {visible > 0 ? (
            <FindingsList sections={shown} t={t} onSelect={onSelect} />
          ) : (
            <div className="empty">
              <Text>{filtered ? t.pane.noMatch : t.ui.noFindings}</Text>
              {filtered && (
                <Button
                  onClick={() => {
                    dispatch({ type: "filter-changed", filter: "all" });
                    dispatch({ type: "search-changed", search: "" });
                  }}
                >
                  {t.pane.clearFilters}
                </Button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
});
