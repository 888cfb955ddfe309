import type { BatchResult, CheckedFile, FileOutcome } from "../app/checkFiles";
import { fileEntry, flatFinding } from "../app/jsonDocument";
import type { Finding } from "../core/findings";
import type { Messages } from "../core/messages";
import { JsonText } from "./writeJson";

/** The depth of the document's files and findings: items of the document's lists. */
const ITEM = 2;

/**
 * The JSON document of `canbo check --json` (toCheckDocument), written file by file as a batch joins its outcomes:
 * when the last file is in, only the people found in two files and the counts are left to write, so the document
 * is out as soon as the batch ends. writeJson writes it byte for byte as it writes toCheckDocument's.
 */
export class CheckJson {
  private readonly files: JsonText[] = [];
  private readonly findings: JsonText[] = [];

  constructor(private readonly m: Messages) {}

  /** The next file of the batch, in the order given, with the findings the batch took from it. */
  readonly add = (f: FileOutcome<CheckedFile>, found: readonly Finding[]): void => {
    this.files.push(new JsonText(fileEntry(f, this.m), ITEM));
    for (const x of found) this.findings.push(new JsonText(flatFinding(x, this.m), ITEM));
  };

  /** The whole document, once every file is added. */
  document(batch: BatchResult<CheckedFile>): { files: JsonText[]; findings: JsonText[]; summary: object } {
    if (this.files.length !== batch.files.length) throw new Error("a file of the batch was not added");
    const rest = batch.findings
      .slice(this.findings.length)
      .map((x) => new JsonText(flatFinding(x, this.m), ITEM));
    return { files: this.files, findings: [...this.findings, ...rest], summary: batch.summary };
  }
}
