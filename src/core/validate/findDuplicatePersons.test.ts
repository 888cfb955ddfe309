import { NO_EXTRA, type Cadre } from "../cadre";
import { DuplicatePersons, findDuplicatePersons } from "./findDuplicatePersons";

let row = 9;
function cadre(fields: Partial<Cadre>): Cadre {
  row++;
  return {
    sheet: "Danh sách",
    row,
    nameCell: `B${row}`,
    fullName: "",
    positions: [],
    extra: NO_EXTRA,
    ...fields,
  };
}

describe("findDuplicatePersons", () => {
  it("finds the same name and birth date even when one copy is NFD and spaced differently", () => {
    const a = cadre({ fullName: "Nguyễn Thị Hà", birthDate: { year: 1980, month: 5, day: 12 } });
    const b = cadre({
      fullName: "  nguyễn  thị hà".normalize("NFD").replace("  ", " "),
      birthDate: { year: 1980, month: 5, day: 12 },
    });
    const out = findDuplicatePersons([a, b]);
    expect(out.map((f) => [f.code, f.cell, f.params.otherCell])).toEqual([
      ["duplicate-person", b.nameCell, a.nameCell],
    ]);
  });

  it("does not confuse names that differ only by a tone mark", () => {
    const a = cadre({ fullName: "Nguyễn Thị Hà", birthDate: { year: 1980 } });
    const b = cadre({ fullName: "Nguyễn Thị Hạ", birthDate: { year: 1980 } });
    expect(findDuplicatePersons([a, b])).toEqual([]);
  });

  it("finds the same CCCD under different spellings of the name, once", () => {
    const a = cadre({ fullName: "Lê Văn Tám", idNumber: "083075000123", birthDate: { year: 1975 } });
    const b = cadre({ fullName: "Lê V. Tám", idNumber: "083075000123", birthDate: { year: 1975 } });
    const c = cadre({ fullName: "Lê Văn Tám", idNumber: "083075000123", birthDate: { year: 1975 } });
    expect(findDuplicatePersons([a, b, c]).map((f) => f.cell)).toEqual([b.nameCell, c.nameCell]);
  });

  it("does not take namesakes born the same year for one person when both carry different CCCDs", () => {
    const a = cadre({ fullName: "Nguyễn Thị Hoa", idNumber: "083185000001", birthDate: { year: 1985 } });
    const b = cadre({ fullName: "Nguyễn Thị Hoa", idNumber: "083185000002", birthDate: { year: 1985 } });
    const c = cadre({ fullName: "Nguyễn Thị Hoa", birthDate: { year: 1985 } });
    // c has no CCCD: it may be either of them, so it is still shown, pointing at the first.
    expect(findDuplicatePersons([a, b, c]).map((f) => f.cell)).toEqual([c.nameCell]);
  });

  it("tells namesakes apart by birth date however many there are, each repeat pointing at its own first row", () => {
    const a = cadre({ fullName: "Nguyễn Văn An", birthDate: { year: 1970 } });
    const b = cadre({ fullName: "Nguyễn Văn An", birthDate: { year: 1982, month: 3 } });
    const c = cadre({ fullName: "Nguyễn Văn An", birthDate: { year: 1991, month: 7, day: 2 } });
    const bAgain = cadre({ fullName: "Nguyễn Văn An", birthDate: { year: 1982, month: 3 } });
    const aAgain = cadre({ fullName: "Nguyễn Văn An", birthDate: { year: 1970 } });
    const cAgain = cadre({ fullName: "nguyễn văn an", birthDate: { year: 1991, month: 7, day: 2 } });
    expect(
      findDuplicatePersons([a, b, c, bAgain, aAgain, cAgain]).map((f) => [f.cell, f.params.otherCell]),
    ).toEqual([
      [bAgain.nameCell, b.nameCell],
      [aAgain.nameCell, a.nameCell],
      [cAgain.nameCell, c.nameCell],
    ]);
  });

  it("uses the unit when no birth date is known, so namesakes in different units are not flagged", () => {
    const a = cadre({ fullName: "Trần Văn Bình", unit: "CĐCS Trường THCS An Thới" });
    const b = cadre({ fullName: "Trần Văn Bình", unit: "CĐCS Công ty Giao Long" });
    const c = cadre({ fullName: "Trần Văn Bình", unit: "CĐCS trường THCS  An Thới" });
    expect(findDuplicatePersons([a, b, c]).map((f) => f.cell)).toEqual([c.nameCell]);
  });

  it("across files reports only copies in another file, naming that file", () => {
    const a = cadre({ file: "ba-tri.xlsx", fullName: "Võ Thị Lan", birthDate: { year: 1985 } });
    const b = cadre({ file: "ba-tri.xlsx", fullName: "Võ Thị Lan", birthDate: { year: 1985 } });
    const c = cadre({ file: "binh-dai.xlsx", fullName: "Võ Thị Lan", birthDate: { year: 1985 } });
    const out = findDuplicatePersons([a, b, c], { acrossFilesOnly: true });
    expect(out.map((f) => [f.file, f.cell, f.params.otherFile, f.params.otherSheet])).toEqual([
      ["binh-dai.xlsx", c.nameCell, "ba-tri.xlsx", "Danh sách"],
    ]);
  });

  it("fed file by file, finds each copy in the file where it is met, pointing at the first file", () => {
    const lan = { fullName: "Võ Thị Lan", birthDate: { year: 1985 } };
    const a = cadre({ file: "ba-tri.xlsx", ...lan });
    const b = cadre({ file: "ba-tri.xlsx", ...lan });
    const c = cadre({ file: "binh-dai.xlsx", ...lan });
    const d = cadre({ file: "cho-lach.xlsx", ...lan });
    const persons = new DuplicatePersons({ acrossFilesOnly: true });
    const parts = [persons.find([a, b]), persons.find([c]), persons.find([d])];
    expect(parts.map((found) => found.map((f) => [f.cell, f.params.otherFile]))).toEqual([
      [],
      [[c.nameCell, "ba-tri.xlsx"]],
      [[d.nameCell, "ba-tri.xlsx"]],
    ]);
    expect(parts.flat()).toEqual(findDuplicatePersons([a, b, c, d], { acrossFilesOnly: true }));
  });

  it("fed in many parts, keeps every person's CCCD as its index grows past the size it started at", () => {
    // 40 people over 4 files, each with a CCCD of their own; the index starts at its smallest and grows twice.
    const people = Array.from({ length: 40 }, (_, i) =>
      cadre({
        file: `don-vi-${Math.floor(i / 10)}.xlsx`,
        fullName: `Trần Văn Số ${i}`,
        birthDate: { year: 1970 + (i % 30) },
        idNumber: `0831${String(i).padStart(8, "0")}`,
      }),
    );
    // Person 35's CCCD under another spelling of the name: the same person. Person 3's name and birth year with
    // another CCCD: someone else.
    const again = cadre({ file: "don-vi-4.xlsx", fullName: "Trần V. Số 35", idNumber: "083100000035" });
    const namesake = cadre({
      file: "don-vi-4.xlsx",
      fullName: "Trần Văn Số 3",
      birthDate: { year: 1973 },
      idNumber: "083199999999",
    });
    const persons = new DuplicatePersons({ acrossFilesOnly: true });
    const found = [0, 10, 20, 30].flatMap((k) => persons.find(people.slice(k, k + 10)));
    expect(found).toEqual([]);
    expect(
      persons.find([again, namesake]).map((f) => [f.cell, f.params.otherFile, f.params.otherCell]),
    ).toEqual([[again.nameCell, "don-vi-3.xlsx", people[35].nameCell]]);
  });

  it("ignores rows without a name (they are reported as missing values)", () => {
    expect(findDuplicatePersons([cadre({ fullName: "" }), cadre({ fullName: "" })])).toEqual([]);
  });
});
