import { readRoster } from "../roster";
import { toTcvn3 } from "../../../test/helpers/legacyText";
import { messyGrid } from "../../../test/helpers/messyGrid";
import type { CellValue, Grid } from "../grid";
import { canonicalSpelling } from "./canonicalSpelling";
import { fixCell } from "./fixCell";
import { proposeFixes, sheetToUnicode } from "./proposeFixes";
import { selectFixes, settleFix } from "./settleFixes";
import { tidyName } from "./tidyName";
import { unicodeFont } from "./unicodeFont";
import { fixedText, type CellFix } from "./fixKinds";

describe("tidyName", () => {
  it("puts spacing right and writes each word with one capital", () => {
    expect(tidyName("  NGUYỄN  văn\u00a0an ")).toBe("Nguyễn Văn An");
    expect(tidyName("trần thị hoa")).toBe("Trần Thị Hoa");
    expect(tidyName("Nguye\u0302\u0303n Thi\u0323 Lan")).toBe("Nguyễn Thị Lan");
  });
  it("writes a capital after an apostrophe or a hyphen, and leaves a word in mixed case as typed", () => {
    expect(tidyName("H'HEN NIÊ")).toBe("H'Hen Niê");
    expect(tidyName("y moan ênuôl")).toBe("Y Moan Ênuôl");
    expect(tidyName("Mary McLean")).toBe("Mary McLean");
    expect(tidyName("Nguyễn Văn An")).toBe("Nguyễn Văn An");
  });
});

describe("canonicalSpelling", () => {
  it("rewrites a known value typed as the label's initials, or in other case, marks or spacing", () => {
    expect(canonicalSpelling("position", "P.CT")).toBe("Phó Chủ tịch");
    expect(canonicalSpelling("position", "Phó CT")).toBe("Phó Chủ tịch");
    expect(canonicalSpelling("position", "UVBCH")).toBe("Ủy viên Ban Chấp hành");
    expect(canonicalSpelling("position", "CN UBKT")).toBe("Chủ nhiệm Ủy ban Kiểm tra");
    expect(canonicalSpelling("education", "ĐH")).toBe("Đại học");
    expect(canonicalSpelling("education", "đại  học")).toBe("Đại học");
    expect(canonicalSpelling("education", "CĐ")).toBe("Cao đẳng");
    expect(canonicalSpelling("employment", "KCT")).toBe("Không chuyên trách");
    expect(canonicalSpelling("payroll", "Hợp đồng lao động")).toBe("HĐLĐ");
    expect(canonicalSpelling("stateManagement", "CVC")).toBe("Chuyên viên chính");
    expect(canonicalSpelling("level", "CS")).toBe("Cơ sở");
  });
  it("keeps a spelling that says more or other than the label, an unknown value, and the label itself", () => {
    expect(canonicalSpelling("education", "ĐHSP")).toBeUndefined(); // sư phạm
    expect(canonicalSpelling("education", "Kỹ sư")).toBeUndefined();
    expect(canonicalSpelling("education", "THPT")).toBeUndefined();
    expect(canonicalSpelling("position", "PCT TT")).toBeUndefined(); // thường trực
    expect(canonicalSpelling("position", "Ủy viên")).toBeUndefined();
    expect(canonicalSpelling("position", "PCT kiêm UVBTV")).toBeUndefined(); // two positions
    expect(canonicalSpelling("politicalTheory", "CN")).toBeUndefined(); // cử nhân, not "cao cấp"
    expect(canonicalSpelling("payroll", "HĐ 68")).toBeUndefined();
    expect(canonicalSpelling("level", "Cấp trên")).toBeUndefined();
    expect(canonicalSpelling("education", "Đại hcọ")).toBeUndefined(); // a typo's suggestion is a guess
    expect(canonicalSpelling("education", "Đại học")).toBeUndefined();
    expect(canonicalSpelling("unit", "ĐH")).toBeUndefined();
  });
});

describe("unicodeFont", () => {
  it("maps legacy fonts to Times New Roman or Arial and leaves Unicode fonts alone", () => {
    expect(unicodeFont(".VnTime")).toBe("Times New Roman");
    expect(unicodeFont(".VnTimeH")).toBe("Times New Roman");
    expect(unicodeFont("VNI-Times")).toBe("Times New Roman");
    expect(unicodeFont(".VnArialH")).toBe("Arial");
    expect(unicodeFont("VNI-Helve")).toBe("Arial");
    expect(unicodeFont("Calibri")).toBeUndefined();
    expect(unicodeFont(undefined)).toBeUndefined();
  });
});

describe("fixCell", () => {
  it("decodes legacy text by its font, then tidies a name; the font becomes Unicode", () => {
    expect(fixCell({ raw: "nguyÔn v¨n an", font: ".VnTime", field: "fullName" })).toEqual({
      steps: [
        { kind: "legacy-encoding", after: "nguyễn văn an" },
        { kind: "name-format", after: "Nguyễn Văn An" },
      ],
      font: "Times New Roman",
    });
    expect(fixCell({ raw: "danh s¸ch", font: ".VnTimeH" })).toEqual({
      steps: [{ kind: "legacy-encoding", after: "DANH SÁCH" }],
      font: "Times New Roman",
    });
  });
  it("decodes legacy text by the sheet's encoding or its letters, keeping a Unicode font", () => {
    expect(fixCell({ raw: "Phã Chñ tÞch", encoding: "TCVN3", field: "position" })).toEqual({
      steps: [{ kind: "legacy-encoding", after: "Phó Chủ tịch" }],
    });
    expect(fixCell({ raw: "§H", font: ".VnTime", field: "education" }).steps).toEqual([
      { kind: "legacy-encoding", after: "ĐH" },
      { kind: "canonical-spelling", after: "Đại học" },
    ]);
  });
  it("gives an 11-digit CCCD number its 0, as text; a 9-digit CMND has no certain fix", () => {
    expect(fixCell({ raw: 83075000123, field: "idNumber" }).steps).toEqual([
      { kind: "invalid-id", after: "083075000123" },
    ]);
    expect(fixCell({ raw: 123456789, field: "idNumber" }).steps).toEqual([]);
    expect(fixCell({ raw: 83075000123, field: "note" }).steps).toEqual([]);
  });
  it("tidies names and coded values only in people's cells (a header keeps its words)", () => {
    expect(fixCell({ raw: "HỌ VÀ TÊN" }).steps).toEqual([]);
    expect(fixCell({ raw: "ĐH" }).steps).toEqual([]);
    expect(fixCell({ raw: "Nguyễn Văn An", field: "fullName" }).steps).toEqual([]);
  });
});

// Columns: A STT, B Họ và tên, C Nam, D Nữ, E Đơn vị, F Cấp, G Chức danh, H Chuyên trách (x), I Biên chế/HĐLĐ,
// J Chuyên môn, K LLCT, L QLNN, M NVCĐ, N BĐG, O Số CCCD, P Số điện thoại. Data from Excel row 9.
function roster(): Grid {
  const person = (stt: number, name: string, over: Record<number, CellValue> = {}): CellValue[] => {
    const row: CellValue[] = [
      stt,
      name,
      1975,
      "",
      "CĐCS Trường THCS An Thới",
      "Cơ sở",
      "Phó Chủ tịch",
      "",
      "",
      "Đại học",
      "Trung cấp",
      "",
      2016,
      "x",
      "083075000123",
      "",
    ];
    for (const [c, v] of Object.entries(over)) row[Number(c)] = v;
    return row;
  };
  const grid = messyGrid([
    ["I. LĐLĐ huyện Ba Tri"], // 9
    person(1, "NGUYỄN  VĂN AN", { 6: "P.CT", 9: "ĐH" }), // 10
    person(2, toTcvn3("Trần Thị Bình"), { 14: 83075000124 }), // 11: B typed in .VnTime
    person(3, "Lê Thị Hoa", { 9: "Đại hcọ", 10: "TC" }), // 12: a typo is no certain fix
    person(4, "Phạm Văn Dũng"), // 13: nothing to fix
  ]);
  grid.fonts = grid.values.map((row) => row.map(() => undefined));
  grid.fonts[10][1] = ".VnTime";
  grid.values[0][0] = toTcvn3("LIÊN ĐOÀN LAO ĐỘNG TỈNH");
  grid.fonts[0][0] = ".VnTimeH";
  return grid;
}

describe("proposeFixes", () => {
  it("lists every certain change of a roster sheet, cell by cell, in sheet order", () => {
    const grid = roster();
    const fixes = proposeFixes(grid, readRoster(grid, { year: 2019 }));
    expect(fixes.map((f) => `${f.cell} ${f.steps.map((s) => s.kind).join("+")} → ${fixedText(f)}`)).toEqual([
      "B10 name-format → Nguyễn Văn An",
      "G10 canonical-spelling → Phó Chủ tịch",
      "J10 canonical-spelling → Đại học",
      "B11 legacy-encoding → Trần Thị Bình",
      "O11 invalid-id → 083075000124",
      "K12 canonical-spelling → Trung cấp",
    ]);
    expect(fixes[3]).toMatchObject({ before: toTcvn3("Trần Thị Bình"), font: "Times New Roman" });
  });

  it("converts a whole sheet's legacy text, the title above the table too", () => {
    const grid = roster();
    expect(sheetToUnicode(grid).map((f) => `${f.cell} ${fixedText(f)}`)).toEqual([
      "A1 LIÊN ĐOÀN LAO ĐỘNG TỈNH",
      "B11 Trần Thị Bình",
    ]);
  });
});

describe("selectFixes and settleFix", () => {
  const legacyName: CellFix = {
    sheet: "DS",
    cell: "B11",
    before: "nguyÔn v¨n an",
    steps: [
      { kind: "legacy-encoding", after: "nguyễn văn an" },
      { kind: "name-format", after: "Nguyễn Văn An" },
    ],
    font: "Times New Roman",
    field: "fullName",
  };

  it("keeps the steps of the kinds asked; a step that builds on one not asked goes with it", () => {
    expect(selectFixes([legacyName], ["legacy-encoding"])[0].steps).toHaveLength(1);
    expect(selectFixes([legacyName], ["name-format"])).toEqual([]);
    expect(selectFixes([legacyName], ["legacy-encoding", "name-format"])).toEqual([legacyName]);
  });

  it("never applies to a formula or a cell changed since the check, and decodes with the cell's own font", () => {
    expect(settleFix(legacyName, { value: "x", formula: true, font: ".VnTime" })).toEqual({
      skipped: "formula",
    });
    expect(settleFix(legacyName, { value: "Nguyễn Văn An", formula: false })).toEqual({ skipped: "changed" });
    const capitals = settleFix(
      { ...legacyName, steps: [legacyName.steps[0]], field: undefined },
      { value: "nguyÔn v¨n an", formula: false, font: ".VnTimeH" },
    );
    expect(capitals).toEqual({
      fix: { ...legacyName, steps: [{ kind: "legacy-encoding", after: "NGUYỄN VĂN AN" }], field: undefined },
    });
  });
});
