import { serialize, deserialize } from "node:v8";
import type { CheckedFile, FileOutcome } from "../app/checkFiles";
import { finding } from "../core/findings";
import { dropPath, restorePath } from "./outcomePath";

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
    expect(dropPath(sent)).toBe(true);
    const got = cloned(sent);
    restorePath(got);
    expect(got).toEqual(checked());
    if (!("result" in got)) throw new Error("no result");
    expect(got.result.cadres.map((c) => c.file)).toEqual([PATH, PATH]);
    expect(got.result.findings[0].file).toBe(PATH);
  });

  it("is smaller than the outcome cloned as it is", () => {
    const whole = serialize(checked()).length;
    const sent = checked();
    dropPath(sent);
    // Three places of a 29-letter path, each at least as many bytes, are left out.
    expect(serialize(sent).length).toBeLessThanOrEqual(whole - 3 * PATH.length);
  });

  it("keeps the path when one place holds another (nothing is guessed back)", () => {
    // A finding about another file (none is, today): its own path must not be replaced by the outcome's.
    const other = checked("don-vi/khac.xlsx");
    expect(dropPath(other)).toBe(false);
    expect(other).toEqual(checked("don-vi/khac.xlsx"));
  });

  it("leaves a file that could not be read as it is", () => {
    const unreadable: FileOutcome<CheckedFile> = {
      path: PATH,
      unreadable: finding("unreadable-file", { problem: "corrupted" }, { file: PATH }),
    };
    expect(dropPath(unreadable)).toBe(false);
    expect(unreadable.unreadable.file).toBe(PATH);
  });
});
