import { makeCadre } from "../core/attainment/makeCadre.testHelper";
import { finding } from "../core/findings";
import { countedOnce } from "./countedOnce";

describe("countedOnce", () => {
  it("sets aside each row the check reported as a later copy, in its own file and across files", () => {
    const an = makeCadre({ fullName: "Nguyễn Văn An", file: "a.xlsx", sheet: "DS", nameCell: "B5" });
    const again = makeCadre({ fullName: "Nguyễn Văn An", file: "a.xlsx", sheet: "DS", nameCell: "B9" });
    const elsewhere = makeCadre({ fullName: "Nguyễn Văn An", file: "b.xlsx", sheet: "DS", nameCell: "B5" });
    const binh = makeCadre({ fullName: "Trần Thị Bình", file: "b.xlsx", sheet: "DS", nameCell: "B6" });
    const dup = (file: string, cell: string) =>
      finding(
        "duplicate-person",
        { name: "Nguyễn Văn An", otherSheet: "DS", otherCell: "B5" },
        { file, sheet: "DS", cell },
      );
    const result = countedOnce([an, again, elsewhere, binh], [dup("a.xlsx", "B9"), dup("b.xlsx", "B5")]);
    expect(result.cadres).toEqual([an, binh]);
    expect(result.duplicates).toBe(2);
  });
});
