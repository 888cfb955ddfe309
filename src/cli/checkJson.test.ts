import { Writable } from "node:stream";
import { NO_EXTRA } from "../core/cadre";
import { unreadable, type FileOutcome } from "../app/checkFiles";
import { OutcomeJoin } from "../app/joinOutcomes";
import { toCheckDocument } from "../app/jsonDocument";
import { finding } from "../core/findings";
import { DEFAULT_FRAMEWORK } from "../core/standards";
import { messagesFor } from "../i18n";
import { CheckJson } from "./checkJson";
import { writeJson } from "./writeJson";

async function written(value: unknown): Promise<string> {
  let text = "";
  const out = new Writable({
    write: (chunk: Buffer, _enc, done) => void ((text += chunk.toString()), done()),
  });
  await writeJson(out, value);
  return text;
}

/** A file whose one person, Võ Thị Lan born 1985, is missing her position. */
function lanIn(path: string): FileOutcome {
  const lan = {
    file: path,
    sheet: "DS",
    row: 8,
    nameCell: "B8",
    fullName: "Võ Thị Lan",
    birthDate: { year: 1985 },
  };
  const findings = [
    finding("missing-value", { field: "position" }, { file: path, sheet: "DS", cell: "J8", row: 8 }),
  ];
  const sheets = [{ name: "DS", headerRows: [6, 7] as [number, number], dataRows: 1, columns: {} }];
  const summary = { cadres: 1, errors: 1, warnings: 0, infos: 0 };
  const cadres = [{ ...lan, positions: [], extra: NO_EXTRA }];
  return { path, result: { file: path, sheets, cadres, findings, summary, standards: DEFAULT_FRAMEWORK } };
}

describe("CheckJson", () => {
  it("writes, file by file as the batch joins them, the same bytes as the whole document at the end", async () => {
    const m = messagesFor("vi");
    const files = [
      lanIn("ba-tri.xlsx"),
      { path: "hong.xlsx", unreadable: unreadable("hong.xlsx", "corrupted") },
      lanIn("binh-dai.xlsx"),
    ];
    const json = new CheckJson(m);
    const join = new OutcomeJoin(files.length, json.add);
    for (const i of [1, 2, 0]) join.add(i, files[i]);
    const batch = join.result();
    // Lan in two files: the one finding left to write when the last file is in.
    expect(batch.findings.at(-1)?.code).toBe("duplicate-person");
    expect(await written(json.document(batch))).toBe(await written(toCheckDocument(batch, m)));
  });
});
