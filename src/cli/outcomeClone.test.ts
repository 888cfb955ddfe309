import { serialize, deserialize } from "node:v8";
import type { CheckedFile, FileOutcome } from "../app/checkFiles";
import { finding } from "../core/findings";
import { leavePathOut, received } from "./outcomeClone";

const PATH = "don-vi/LĐLĐ huyện Ba Tri.xlsx";

function checked(findingFile = PATH): FileOutcome<CheckedFile> {
  const person = (row: number, fullName: string) => ({
    file: PATH,
    sheet: "Danh sách",
    row,
    nameCell: `B${row}`,
    fullName,
    birthDate: { year: 1980 },
    idNumber: undefined,
    unit: "CĐCS Trường THCS An Thới",
  });
  return {
    path: PATH,
    result: {
      file: PATH,
      sheets: [{ name: "Danh sách", headerRows: [6, 7], dataRows: 2, columns: {} }],
      cadres: [person(9, "Nguyễn Văn An"), person(10, "Trần Thị Bình")],
      findings: [
        finding(
          "missing-value",
          { field: "position" },
          { file: findingFile, sheet: "Danh sách", cell: "J9", row: 9 },
        ),
      ],
      summary: { cadres: 2, errors: 1, warnings: 0, infos: 0 },
    },
  };
}

/** Through a clone, as a worker's reply reaches the main thread. */
const cloned = <T>(x: T): T => deserialize(serialize(x)) as T;

describe("an outcome sent without its path", () => {
  it("arrives as it left: the path back in the result, every person and every finding", () => {
    const sent = checked();
    expect(leavePathOut(sent)).toBe(true);
    const got = cloned(sent);
    received(got, true);
    expect(got).toEqual(checked());
    if (!("result" in got)) throw new Error("no result");
    expect(got.result.cadres.map((c) => c.file)).toEqual([PATH, PATH]);
    expect(got.result.findings[0].file).toBe(PATH);
  });

  it("is smaller than the outcome cloned as it is", () => {
    const whole = serialize(checked()).length;
    const sent = checked();
    leavePathOut(sent);
    // Three places of a 29-letter path, each at least as many bytes, are left out.
    expect(serialize(sent).length).toBeLessThanOrEqual(whole - 3 * PATH.length);
  });

  it("keeps the path when one place holds another (nothing is guessed back)", () => {
    // A finding about another file (none is, today): its own path must not be replaced by the outcome's.
    const other = checked("don-vi/khac.xlsx");
    expect(leavePathOut(other)).toBe(false);
    expect(other).toEqual(checked("don-vi/khac.xlsx"));
  });

  it("keeps every sheet name as it was, path left out or not (sharing one string is not visible to code)", () => {
    for (const pathless of [true, false]) {
      const outcome = (): FileOutcome<CheckedFile> => {
        const o = checked();
        if (!("result" in o)) throw new Error("no result");
        // A finding about the whole file names no sheet; a sheet the summary does not list keeps its own name.
        o.result.findings.push(finding("hidden-sheet", {}, { file: PATH, sheet: "Ẩn" }));
        o.result.findings.push(finding("no-roster", {}, { file: PATH }));
        return o;
      };
      const sent = outcome();
      if (pathless) expect(leavePathOut(sent)).toBe(true);
      const got = cloned(sent);
      received(got, pathless);
      expect(got).toEqual(outcome());
    }
  });

  it("leaves a file that could not be read as it is", () => {
    const unreadable: FileOutcome<CheckedFile> = {
      path: PATH,
      unreadable: finding("unreadable-file", { problem: "corrupted" }, { file: PATH }),
    };
    expect(leavePathOut(unreadable)).toBe(false);
    expect(unreadable.unreadable.file).toBe(PATH);
  });
});
