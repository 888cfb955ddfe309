import { groupFindings, lineFinding, lineSeverity, type FindingLine } from "../app/groupFindings";
import type { Finding, Severity } from "../core/findings";
import { findingTitle, formatFinding } from "../core/messages";
import { foldKey } from "../core/text";
import type { Dictionary } from "../i18n";

/** A line of the list, ready to show and to search. */
export interface IndexedLine {
  /** Its place in the whole index: a stable key however the list is filtered. */
  id: number;
  line: FindingLine;
  finding: Finding;
  severity: Severity;
  title: string;
  message: string;
  name: string;
  /** Message, name, value, suggestion, title and place, folded: search ignores case and diacritics. */
  hay: string;
}

/** Lines under one file and sheet. */
export interface Section {
  key: string;
  file?: string;
  sheet?: string;
  lines: IndexedLine[];
}

/**
 * The findings of one check as sections of lines (file › sheet), each line with its text and its search key,
 * in one pass. Built once per check and language, in the engine's worker: the pane then only compares strings.
 *
 * @param names the person each finding is about (same order), "" where none
 */
export function indexFindings(
  findings: readonly Finding[],
  names: readonly string[],
  t: Dictionary,
): Section[] {
  const sections = new Map<string, Section>();
  const nameOf = new Map<Finding, string>();
  findings.forEach((f, i) => names[i] && nameOf.set(f, names[i]));
  let id = 0;
  for (const line of groupFindings(findings)) {
    const f = lineFinding(line);
    const key = `${f.file ?? ""}\u0000${f.sheet ?? ""}`;
    let section = sections.get(key);
    if (!section) sections.set(key, (section = { key, file: f.file, sheet: f.sheet, lines: [] }));
    const message =
      line.kind === "legacy-column"
        ? t.pane.legacyColumn(
            line.column,
            line.findings.length.toLocaleString(t.lang === "en" ? "en-US" : "vi-VN"),
            line.encoding,
          )
        : formatFinding(f, t);
    const name = line.kind === "finding" ? (nameOf.get(f) ?? "") : "";
    const title = findingTitle(f.code, t);
    const value = line.kind === "finding" && f.value !== undefined && f.value !== null ? String(f.value) : "";
    const suggestion = line.kind === "finding" ? (f.suggestion ?? "") : "";
    section.lines.push({
      id: id++,
      line,
      finding: f,
      severity: lineSeverity(line),
      title,
      message,
      name,
      hay: foldKey(`${message} ${name} ${value} ${suggestion} ${title} ${f.cell ?? ""}`),
    });
  }
  return [...sections.values()];
}

/** The sections with only the lines of the severity and the search words (all of them, in any order). */
export function filterSections(
  sections: readonly Section[],
  severity: Severity | "all",
  search: string,
): Section[] {
  const words = foldKey(search).split(" ").filter(Boolean);
  if (severity === "all" && words.length === 0) return sections as Section[];
  const out: Section[] = [];
  for (const s of sections) {
    const lines = s.lines.filter(
      (l) => (severity === "all" || l.severity === severity) && words.every((w) => l.hay.includes(w)),
    );
    if (lines.length) out.push({ ...s, lines });
  }
  return out;
}
