import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { FIELDS } from "../src/core/cadre/cadre";
import {
  finding,
  FINDING_CODES,
  FINDING_KINDS,
  type FileProblem,
  type FindingCode,
  type FindingParams,
} from "../src/core/findings";
import { findingTitle, formatFinding, sheetProblem, type SheetProblemBody } from "../src/core/messages";
import { CRITERIA } from "../src/core/standards";
import { messagesFor } from "../src/i18n";
import { findingTable, TABLE_END, TABLE_START } from "../scripts/findingTable";

/**
 * The catalogue of finding codes (src/core/findings/kinds.ts) against everything that speaks of it: each code is
 * worded in both languages without a hole or the other language's prose, the README's table is the catalogue's
 * own, and each code is produced by some test that names it. A new code fails here until it has all of these.
 */

const vi = messagesFor("vi");
const en = messagesFor("en");
const ROOT = path.join(__dirname, "..");

const FILE_PROBLEMS = Object.keys(vi.fileProblems) as FileProblem[];
const SHEET_PROBLEMS: SheetProblemBody[] = [
  { code: "no-header", params: { table: "standards" } },
  { code: "no-header", params: { table: "finance" } },
  { code: "no-header", params: { table: "plan" } },
  { code: "missing-columns", params: { columns: ["Cấp công đoàn", "Chức danh"] } },
  { code: "missing-id", params: {} },
  { code: "duplicate-id", params: { id: "S1", first: "A4" } },
  { code: "unknown-levels", params: { text: "Cấp xã" } },
  { code: "unknown-levels", params: { text: "" } },
  { code: "unknown-positions", params: { text: "Bí thư" } },
  { code: "unknown-positions", params: { text: "" } },
  { code: "unknown-employment", params: { text: "Bán thời gian" } },
  { code: "unknown-minimum", params: { criterion: "education", text: "Đai hocc" } },
  { code: "unknown-minimum", params: { criterion: "politicalTheory", text: "Sơ cấpp" } },
  { code: "unknown-minimum", params: { criterion: "stateManagement", text: "Cán sựu" } },
  { code: "unknown-yes", params: { criterion: "unionTraining", text: "có lẽ" } },
  { code: "unknown-yes", params: { criterion: "partyMember", text: "chưa rõ" } },
  { code: "unknown-age", params: { text: "sáu mươi" } },
  { code: "no-requirement", params: { id: "T3" } },
  { code: "not-a-year", params: { text: "năm ngoái" } },
  { code: "no-year", params: {} },
  { code: "not-money", params: { column: "funds" } },
  { code: "not-money", params: { column: "training" } },
  { code: "not-a-count", params: { text: "nhiều" } },
];

/** Sample slots of every code, one per way its message can turn; a new code is a type error until it has some. */
const SAMPLES: { [C in FindingCode]: FindingParams[C][] } = {
  "no-roster": [{}],
  "missing-column": [{ field: "position" }, { field: "idNumber" }],
  "duplicate-column": [{ field: "unit", first: "E", second: "H" }],
  "unknown-column": [{ header: "Sở thích", column: "Z" }],
  "missing-value": FIELDS.map((field) => ({ field })),
  "invalid-value": [
    { field: "position" },
    { field: "level", choices: "level" },
    { field: "education", choices: "education" },
    { field: "employment", choices: "employment" },
    { field: "payroll", choices: "payroll" },
    { field: "politicalTheory", choices: "politicalTheory" },
    { field: "stateManagement", choices: "stateManagement" },
  ],
  "invalid-date": [{ field: "birthDate" }, { field: "birthYearMale" }, { field: "birthYearFemale" }],
  "implausible-age": [
    { age: 7, year: 2019 },
    { age: 129, year: 2019 },
    { age: -3, year: 2019 },
  ],
  "invalid-id": [{ digits: 11 }, { digits: 9 }],
  "error-value": [{ field: "education" }],
  "legacy-encoding": [{ encoding: "TCVN3" }, { encoding: "VNI" }],
  "conflicting-values": [
    {
      field: "birthYearFemale",
      otherField: "birthYearMale",
      otherCell: "C5",
      reason: "birth-year-both-genders",
    },
    { field: "gender", otherField: "birthYearMale", reason: "gender-vs-birth-column" },
    { field: "fullTimeMark", otherField: "partTimeMark", otherCell: "H5", reason: "both-marked" },
    { field: "idNumber", otherField: "gender", otherCell: "D5", reason: "id-gender", idGender: "nu" },
    { field: "idNumber", otherField: "birthDate", otherCell: "C5", reason: "id-birth-year", idYear: 1975 },
  ],
  "duplicate-person": [
    { name: "Trần Văn Bình", otherSheet: "BCH CĐCS", otherCell: "B6" },
    { name: "Trần Văn Bình", otherSheet: "DS", otherCell: "B6", otherFile: "don-vi-a.xlsx" },
  ],
  "below-standard": [
    {
      rules: ["S1", "S2"],
      ruleTitles: ["Chủ tịch công đoàn cấp tỉnh", "S2"],
      criterion: "education",
      required: { kind: "education", code: "dai-hoc" },
      actual: { kind: "education", code: "cao-dang" },
    },
    {
      rules: ["S1"],
      ruleTitles: [""],
      criterion: "politicalTheory",
      required: { kind: "politicalTheory", code: "trung-cap" },
      actual: { kind: "unknown" },
    },
    {
      rules: ["T1"],
      ruleTitles: ["Thử"],
      criterion: "stateManagement",
      required: { kind: "stateManagement", code: "chuyen-vien-chinh" },
      actual: { kind: "stateManagement", code: "chuyen-vien" },
    },
    {
      rules: ["S3"],
      ruleTitles: [""],
      criterion: "unionTraining",
      required: { kind: "trained" },
      actual: { kind: "trained", year: 2020, late: true },
    },
    {
      rules: ["S3"],
      ruleTitles: [""],
      criterion: "unionTraining",
      required: { kind: "trained" },
      actual: { kind: "not-trained" },
    },
    {
      rules: ["T1"],
      ruleTitles: [""],
      criterion: "partyMember",
      required: { kind: "party-member" },
      actual: { kind: "not-party-member" },
    },
    {
      rules: ["T1"],
      ruleTitles: [""],
      criterion: "partyMember",
      required: { kind: "party-member" },
      actual: { kind: "party-member", year: 2020, late: true },
    },
    {
      rules: ["T1"],
      ruleTitles: [""],
      criterion: "maxAge",
      required: { kind: "age", age: 60 },
      actual: { kind: "age", age: 61 },
    },
  ],
  "future-training": [
    { field: "unionTraining", year: 2021, reportYear: 2019 },
    { field: "genderTraining", year: 2021, reportYear: 2019 },
    { field: "politicalClass", year: 2021, reportYear: 2019 },
  ],
  "invalid-standard": SHEET_PROBLEMS.map((problem) => ({ problem })),
  "unreadable-file": [
    ...FILE_PROBLEMS.map((problem) => ({ problem })),
    { problem: "io-error", detail: "ELOOP" },
  ],
  "count-mismatch": [{ stated: 17, read: 16 }],
  "hidden-sheet": [{}],
  "standard-not-judged": CRITERIA.map((criterion) => ({ criterion, rules: ["S1", "S2"], cadres: 12 })),
  "own-report": [{}],
};

/** Where a finding can be: at a cell, on a row, or on the whole sheet. */
const PLACES = [{ sheet: "DS", cell: "E12", row: 12 }, { sheet: "DS", row: 12 }, { sheet: "DS" }, {}];

/** Every message of every sample at every place, in one language. */
function rendered(m: typeof vi): { code: FindingCode; text: string }[] {
  return FINDING_CODES.flatMap((code) =>
    (SAMPLES[code] as FindingParams[FindingCode][]).flatMap((params) =>
      PLACES.map((place) => ({
        code,
        text: formatFinding(finding(code, params as never, { file: "a.xlsx", ...place }), m),
      })),
    ),
  );
}

/** The text without what it quotes: a roster's own values, names and headers stay Vietnamese in English. */
const unquoted = (text: string) => text.replace(/“[^”]*”/g, "“…”");

/** Letters only Vietnamese writes (with its tone marks, and đ). */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
/** English words a Vietnamese sentence has no business with (Excel's own English names included). */
const ENGLISH =
  /\b(the|and|or|of|is|are|with|cell|sheet|row|column|file|please|check|review|unprotect|rename|format|menu)\b/i;
/** Whatever a hole in a template prints. */
const HOLE = /undefined|null|NaN|\[object|\$\{|\{\w+\}/;

describe("the finding catalogue", () => {
  it("gives every code a one-line description and a severity", () => {
    for (const code of FINDING_CODES) {
      expect([code, FINDING_KINDS[code].description.trim().length > 10]).toEqual([code, true]);
      expect([code, /\n/.test(FINDING_KINDS[code].description)]).toEqual([code, false]);
    }
  });

  it("has a title of its own for every code in each language", () => {
    for (const m of [vi, en]) {
      const titles = FINDING_CODES.map((c) => findingTitle(c, m));
      expect(new Set(titles).size).toBe(FINDING_CODES.length);
      for (const t of titles) expect(t).not.toMatch(HOLE);
    }
  });

  it("words every code in Vietnamese, without a hole and without English prose", () => {
    for (const { code, text } of rendered(vi)) {
      expect([code, text]).not.toEqual([code, expect.stringMatching(HOLE)]);
      expect([code, unquoted(text)]).not.toEqual([code, expect.stringMatching(ENGLISH)]);
    }
  });

  it("words every code in English, without a hole and without Vietnamese prose (quoted values aside)", () => {
    for (const { code, text } of rendered(en)) {
      expect([code, text]).not.toEqual([code, expect.stringMatching(HOLE)]);
      expect([code, unquoted(text)]).not.toEqual([code, expect.stringMatching(VIETNAMESE)]);
    }
  });

  it("ends every problem with what to do next, in both languages", () => {
    const next = {
      vi: /\b(hãy|nếu)\b/iu,
      en: /\b(add|check|correct|fill|write|delete|convert|look|keep|mark|ask|open|split|point|copy|send|enter|unhide|format|give|leave|remove|press|try|choose)\b/i,
    };
    for (const [lang, m] of [
      ["vi", vi],
      ["en", en],
    ] as const)
      for (const { code, text } of rendered(m))
        if (FINDING_KINDS[code].severity !== "info" || code === "no-roster" || code === "hidden-sheet")
          expect([code, text]).toEqual([code, expect.stringMatching(next[lang])]);
  });

  it("is the README's table of codes, generated (npm run catalog)", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start).toBeGreaterThan(0);
    // Prettier may pad the columns (npm run format): compare cell by cell.
    const cells = (table: string) => table.trim().replace(/ {2,}/g, " ").replace(/-{3,}/g, "---");
    expect(cells(readme.slice(start + TABLE_START.length, end))).toBe(cells(findingTable()));
  });

  it("has every code produced by a test that names it (an assertion on the code, not a hand-made finding)", () => {
    const named = new Set<string>();
    for (const file of testFiles()) {
      if (file.endsWith("findings.catalog.test.ts")) continue;
      for (const line of readFileSync(file, "utf8").split("\n")) {
        // A finding built by hand (finding("code", …)) proves nothing of what the engine emits, nor does an
        // assertion that a code is absent.
        if (/\bfinding\(\s*"/.test(line) || /\.not\.|toEqual\(\[\]\)|toHaveLength\(0\)/.test(line)) continue;
        for (const code of FINDING_CODES)
          if (new RegExp(`(?<![\\w-])${code}(?![\\w-])`).test(line)) named.add(code);
      }
    }
    expect(FINDING_CODES.filter((c) => !named.has(c))).toEqual([]);
  });
});

describe("the sheet problems of the standards, finance and plan sheets", () => {
  it("words each in both languages, with its place, without a hole", () => {
    for (const p of SHEET_PROBLEMS)
      for (const m of [vi, en]) {
        const text = formatFinding(
          finding(
            "invalid-standard",
            { problem: sheetProblem("C7", p.code, p.params as never) },
            {
              sheet: "Tiêu chuẩn",
              cell: "C7",
            },
          ),
          m,
        );
        expect([p.code, text]).not.toEqual([p.code, expect.stringMatching(HOLE)]);
        expect(text).toContain("C7");
      }
  });
});

function testFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === "node_modules" || name === "fixtures") continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.test\.tsx?$/.test(name)) out.push(full);
    }
  };
  walk(path.join(ROOT, "src"));
  walk(path.join(ROOT, "test"));
  return out;
}
