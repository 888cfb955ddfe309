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
  onSelect: (f: Finding) => void;
}

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** Findings grouped by sheet, then by kind; each one a button that selects its cell. */
export function FindingsList({ findings, messages: m, onSelect }: FindingsListProps) {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.file ?? ""} › ${f.sheet ?? ""}`;
    bySheet.set(key, [...(bySheet.get(key) ?? []), f]);
  }
  return (
    <Accordion multiple collapsible defaultOpenItems={[...bySheet.keys()]}>
      {[...bySheet].map(([sheet, list]) => (
        <AccordionItem key={sheet} value={sheet}>
          <AccordionHeader>
            {sheet} ({list.length})
          </AccordionHeader>
          <AccordionPanel>
            <ul className="findings">
              {list.map((f, i) => (
                <li key={i}>
                  <button type="button" className="finding" onClick={() => onSelect(f)} data-cell={f.cell}>
                    <Badge appearance="tint" color={COLOR[f.severity]}>
                      {m.severity[f.severity]}
                    </Badge>{" "}
                    <Text weight="semibold">{findingTitle(f.code, m)}</Text>
                    <br />
                    <Text size={200}>{formatFinding(f, m)}</Text>
                    {f.suggestion ? <Text size={200}> → {f.suggestion}</Text> : null}
                  </button>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
