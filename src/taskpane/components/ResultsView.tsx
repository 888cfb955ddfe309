import { Field, Input, Select, Text } from "@fluentui/react-components";
import type { Dispatch } from "react";
import type { CheckResult } from "../../app/types";
import type { Finding } from "../../core/findings";
import type { Messages, UiMessages } from "../../i18n";
import type { PaneAction, PaneState } from "../state";
import { FindingsList } from "./FindingsList";

export interface ResultsViewProps {
  results: CheckResult[];
  state: PaneState;
  dispatch: Dispatch<PaneAction>;
  messages: Messages;
  ui: UiMessages;
  onSelect: (f: Finding) => void;
}

/** Counts by severity, the filters, the selected cell and the findings list. */
export function ResultsView({ results, state, dispatch, messages: m, ui, onSelect }: ResultsViewProps) {
  const cadres = results.reduce((n, r) => n + r.summary.cadres, 0);
  const count = (s: Finding["severity"]) =>
    results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  const findings = results
    .flatMap((r) => r.findings)
    .filter((f) => visible(f, state.filter, state.search, m));
  return (
    <section aria-live="polite">
      <Text weight="semibold" className="counts">
        {ui.counts(cadres)} — {m.severity.error}: {count("error")}, {m.severity.warning}: {count("warning")},{" "}
        {m.severity.info}: {count("info")}
      </Text>
      <div className="filters">
        <Field label={ui.filter}>
          <Select
            value={state.filter}
            onChange={(_, d) => dispatch({ type: "filter-changed", filter: d.value as PaneState["filter"] })}
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
        <FindingsList findings={findings} messages={m} onSelect={onSelect} />
      ) : (
        <Text>{ui.noFindings}</Text>
      )}
    </section>
  );
}

function visible(f: Finding, filter: string, search: string, m: Messages): boolean {
  if (filter !== "all" && f.severity !== filter) return false;
  if (!search) return true;
  const hay =
    `${f.cell ?? ""} ${f.sheet ?? ""} ${String(f.value ?? "")} ${m.findings[f.code].title}`.toLowerCase();
  return hay.includes(search.toLowerCase());
}
