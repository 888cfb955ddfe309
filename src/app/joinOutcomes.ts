import type { Finding } from "../core/findings";
import { DuplicatePersons } from "../core/validate";
import { summarize } from "./check";
import type { BatchResult, CheckedFile, FileOutcome } from "./checkFiles";
import type { CheckResult } from "./types";

/**
 * The batch's findings and summary from its files' outcomes, in the order given. People listed in two files are
 * reported too, which is what consolidating the rosters of many units needs.
 */
export function joinOutcomes<R extends CheckedFile>(files: FileOutcome<R>[]): BatchResult<R> {
  const join = new OutcomeJoin<R>(files.length);
  files.forEach((f, i) => join.add(i, f));
  return join.result();
}

/** Hears of a file's outcome as a batch joins it, with the findings taken from it. */
export type OnJoined<R extends CheckedFile = CheckResult> = (
  f: FileOutcome<R>,
  found: readonly Finding[],
) => void;

/**
 * `joinOutcomes` done as the outcomes come, in any order: each is taken as soon as every one before it is in, so the
 * people of two files are found while the later files are still being checked, and the result is the same as
 * joining them all at the end.
 */
export class OutcomeJoin<R extends CheckedFile = CheckResult> {
  private readonly files: FileOutcome<R>[] = [];
  /** Outcomes that came before one given earlier. */
  private readonly early = new Map<number, FileOutcome<R>>();
  private readonly findings: Finding[] = [];
  private readonly acrossFiles: Finding[] = [];
  private readonly persons = new DuplicatePersons({ acrossFilesOnly: true });
  private cadres = 0;

  /** `onJoined` hears of each outcome as it is joined, in the order given, with the findings taken from it. */
  constructor(
    private readonly total: number,
    private readonly onJoined?: OnJoined<R>,
  ) {}

  /** The outcome of the file given at `index` (0-based). */
  add(index: number, outcome: FileOutcome<R>): void {
    this.early.set(index, outcome);
    for (;;) {
      const next = this.early.get(this.files.length);
      if (!next) return;
      this.early.delete(this.files.length);
      this.files.push(next);
      this.take(next);
    }
  }

  result(): BatchResult<R> {
    if (this.files.length < this.total)
      throw new Error(`no outcome for the file at index ${this.files.length}`);
    const findings = [...this.findings, ...this.acrossFiles];
    return { files: this.files, findings, summary: summarize(this.cadres, findings) };
  }

  private take(f: FileOutcome<R>): void {
    const found = "unreadable" in f ? [f.unreadable] : "skipped" in f ? [f.skipped] : f.result.findings;
    for (const x of found) this.findings.push(x);
    if ("result" in f) {
      this.cadres += f.result.summary.cadres;
      // One file has no other to share people with: its own copies are its check's findings already.
      if (this.total > 1) for (const d of this.persons.find(f.result.cadres)) this.acrossFiles.push(d);
    }
    this.onJoined?.(f, found);
  }
}
