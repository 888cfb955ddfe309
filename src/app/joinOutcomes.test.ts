import { NO_EXTRA, type Cadre } from "../core/cadre";
import { finding } from "../core/findings";
import { DEFAULT_FRAMEWORK } from "../core/standards";
import { listedPerson } from "../core/validate";
import { unreadable, type FileOutcome } from "./checkFiles";
import { joinOutcomes, OutcomeJoin } from "./joinOutcomes";

/** A checked file holding these people; its one finding says a sheet was hidden (an info). */
function checked(path: string, people: Partial<Cadre>[]): FileOutcome {
  const cadres = people.map((p, i): Cadre => ({
    file: path,
    sheet: "DS",
    row: i + 2,
    nameCell: `B${i + 2}`,
    fullName: "",
    positions: [],
    extra: NO_EXTRA,
    ...p,
  }));
  const findings = [finding("hidden-sheet", {}, { file: path, sheet: "Cũ" })];
  const summary = { cadres: cadres.length, errors: 0, warnings: 0, infos: 1 };
  return {
    path,
    result: { file: path, sheets: [], cadres, findings, summary, standards: DEFAULT_FRAMEWORK },
  };
}

const lan = { fullName: "Võ Thị Lan", birthDate: { year: 1985 } };
const files = [
  checked("ba-tri.xlsx", [lan, { fullName: "Lê Văn Tư", birthDate: { year: 1990 } }]),
  { path: "hong.xlsx", unreadable: unreadable("hong.xlsx", "corrupted") },
  checked("binh-dai.xlsx", [lan]),
];

describe("OutcomeJoin", () => {
  it("joins outcomes that come in any order as the files were given, the people of two files last", () => {
    const join = new OutcomeJoin(files.length);
    for (const i of [2, 0, 1]) join.add(i, files[i]);
    const batch = join.result();
    expect(batch.files.map((f) => f.path)).toEqual(["ba-tri.xlsx", "hong.xlsx", "binh-dai.xlsx"]);
    expect(batch.findings.map((f) => [f.code, f.file])).toEqual([
      ["hidden-sheet", "ba-tri.xlsx"],
      ["unreadable-file", "hong.xlsx"],
      ["hidden-sheet", "binh-dai.xlsx"],
      ["duplicate-person", "binh-dai.xlsx"],
    ]);
    expect(batch.summary).toEqual({ cadres: 3, errors: 1, warnings: 1, infos: 2 });
    expect(batch).toEqual(joinOutcomes(files));
  });

  it("finds the same findings in what a check keeps of each file as in the whole checks", () => {
    const kept = files.map((f) =>
      "result" in f ? { ...f, result: { ...f.result, cadres: f.result.cadres.map(listedPerson) } } : f,
    );
    const batch = joinOutcomes(kept);
    expect(batch.findings).toEqual(joinOutcomes(files).findings);
    expect(batch.files.map((f) => ("result" in f ? Object.keys(f.result.cadres[0]).sort() : []))).toEqual([
      ["birthDate", "file", "fullName", "idNumber", "nameCell", "row", "sheet", "unit"],
      [],
      ["birthDate", "file", "fullName", "idNumber", "nameCell", "row", "sheet", "unit"],
    ]);
  });

  it("has no result while an outcome is missing", () => {
    const join = new OutcomeJoin(files.length);
    join.add(0, files[0]);
    join.add(2, files[2]);
    expect(() => join.result()).toThrow("no outcome for the file at index 1");
  });
});
