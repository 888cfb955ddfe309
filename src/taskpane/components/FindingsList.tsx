import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Text,
} from "@fluentui/react-components";
import { findingTitle, formatFinding, type Finding } from "../../core/findings";
import type { Messages } from "../../i18n";

export interface FindingsListProps {
  findings: Finding[];
  messages: Messages;
  /** The finding shown as selected (same sheet, cell and file). */
  selected?: { file: string; sheet: string; cell: string };
  onSelect: (f: Finding) => void;
}

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** Groups keeping first-seen order (findings arrive sorted by sheet, then row). */
function groupBy<T>(items: T[], key: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = groups.get(k);
    if (list) list.push(t);
    else groups.set(k, [t]);
  }
  return [...groups];
}

/**
 * Findings grouped by sheet, then by kind, each group collapsible; every finding is a button (click, Enter or
 * Space) that selects its cell.
 */
export function FindingsList({ findings, messages: m, selected, onSelect }: FindingsListProps) {
  const bySheet = groupBy(findings, (f) => [f.file, f.sheet].filter(Boolean).join(" › ") || "—");
  return (
    <Accordion multiple collapsible defaultOpenItems={bySheet.map(([k]) => k)}>
      {bySheet.map(([sheet, list]) => {
        const byKind = groupBy(list, (f) => f.code);
        return (
          <AccordionItem key={sheet} value={sheet}>
            <AccordionHeader>
              {sheet} ({list.length})
            </AccordionHeader>
            <AccordionPanel>
              <Accordion multiple collapsible defaultOpenItems={byKind.map(([k]) => k)}>
                {byKind.map(([code, items]) => (
                  <AccordionItem key={code} value={code}>
                    <AccordionHeader size="small">
                      <Badge appearance="tint" color={COLOR[items[0].severity]}>
                        {m.severity[items[0].severity]}
                      </Badge>
                      &nbsp;{findingTitle(items[0].code, m)} ({items.length})
                    </AccordionHeader>
                    <AccordionPanel>
                      <ul className="findings">
                        {items.map((f, i) => {
                          const isSelected =
                            !!selected &&
                            selected.cell === (f.cell ?? "") &&
                            selected.sheet === (f.sheet ?? "") &&
                            selected.file === (f.file ?? "");
                          return (
                            <li key={i}>
                              <button
                                type="button"
                                className="finding"
                                aria-pressed={isSelected}
                                onClick={() => onSelect(f)}
                                data-cell={f.cell}
                              >
                                <Text size={200}>{formatFinding(f, m)}</Text>
                                {f.suggestion ? <Text size={200}> → {f.suggestion}</Text> : null}
                              </button>
                            </li>
                          );
                        })}
                      </ul>
                    </AccordionPanel>
                  </AccordionItem>
                ))}
              </Accordion>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
