import path from "node:path";
import { checkFile, type FileOutcome } from "../src/app/checkFiles";
import type { CheckResult } from "../src/app/types";
import { readXlsxGrids } from "../src/workbook/xlsxNode";
import { ACROSS_FILES, EXPECTED, TOTAL_CADRES } from "./fixtures/rosters/expected";
import { runCli } from "./helpers/cli";
import {
  diffFindings,
  diffInfos,
  diffPerson,
  expectedLegacyCounts,
  findingsOnCorrectRows,
  legacyCounts,
} from "./helpers/rosterCorpus";

/**
 * The real-layout roster corpus of issue 10 (test/fixtures/rosters, README there): each workbook is checked the
 * way `canbo check` checks a submitted file — the streaming reader, the file's report year — and what canbo
 * reports must be exactly what expected.ts, written by hand from the layouts, says.
 */

const DIR = path.join(__dirname, "fixtures", "rosters");

function resultOf(outcome: FileOutcome | undefined): CheckResult {
  if (!outcome) throw new Error("the file was not checked");
  if ("unreadable" in outcome) {
    const u = outcome.unreadable;
    throw new Error(`rejected: ${u.code} (${"problem" in u.params ? u.params.problem : ""})`);
  }
  if ("skipped" in outcome) throw new Error(`skipped: ${outcome.skipped.code}`);
  return outcome.result;
}

describe.each(EXPECTED)("$file", (exp) => {
  let outcome: FileOutcome | undefined;
  beforeAll(async () => {
    outcome = await checkFile(path.join(DIR, exp.file), readXlsxGrids, { year: exp.reportYear });
  });

  it("is read, not rejected", () => {
    expect("unreadable" in outcome! ? outcome.unreadable.code : "read").toBe("read");
  });

  it(`reads exactly ${exp.total} cadres, sheet by sheet`, () => {
    const r = resultOf(outcome);
    // Every sheet the expectations name (0 for a summary, an empty or a hidden sheet), and any other that has cadres.
    const perSheet: Record<string, number> = {};
    for (const name of Object.keys(exp.cadres)) perSheet[name] = 0;
    for (const c of r.cadres) perSheet[c.sheet] = (perSheet[c.sheet] ?? 0) + 1;
    expect({ perSheet, total: r.cadres.length }).toEqual({ perSheet: exp.cadres, total: exp.total });
  });

  it("reports exactly the planted errors and warnings", () => {
    expect(diffFindings(resultOf(outcome).findings, exp.findings)).toEqual({ missing: [], unexpected: [] });
  });

  it("raises no error or warning on the rows that are correct", () => {
    expect(findingsOnCorrectRows(resultOf(outcome).findings, exp.findings)).toEqual([]);
  });

  it("reports exactly the expected info findings", () => {
    expect(diffInfos(resultOf(outcome).findings, exp.infos)).toEqual({ missing: [], unexpected: [] });
  });

  it("reports legacy-encoded cells per sheet and column, with the expected severity and Unicode text", () => {
    const findings = resultOf(outcome).findings;
    expect(legacyCounts(findings)).toEqual(expectedLegacyCounts(exp.legacy));
    const texts = (exp.legacyText ?? []).map((t) => {
      const f = findings.find(
        (x) => x.code === "legacy-encoding" && x.sheet === t.sheet && x.cell === t.cell,
      );
      return `${t.sheet}!${t.cell} ${f ? JSON.stringify(f.suggestion) : "no finding"}`;
    });
    expect(texts).toEqual(
      (exp.legacyText ?? []).map((t) => `${t.sheet}!${t.cell} ${JSON.stringify(t.text)}`),
    );
  });

  it("reads the spot-checked rows as a person reads them", () => {
    const cadres = resultOf(outcome).cadres;
    expect((exp.people ?? []).flatMap((p) => diffPerson(cadres, p))).toEqual([]);
  });
});

describe("canbo check --json on the whole corpus folder", () => {
  interface Doc {
    files: { path: string; error?: { code: string; message: string } }[];
    findings: { file: string | null; sheet: string | null; cell: string | null; code: string }[];
    summary: { cadres: number };
  }
  let doc: Doc;
  beforeAll(() => {
    const r = runCli(["check", "--json", "--year", "2024", DIR]);
    doc = JSON.parse(r.stdout) as Doc;
  });

  it("reads every file and counts every cadre", () => {
    const files = doc.files.map((f) => `${path.basename(f.path)} ${f.error ? f.error.code : "read"}`);
    expect({ files, cadres: doc.summary.cadres }).toEqual({
      files: EXPECTED.map((e) => `${e.file} read`),
      cadres: TOTAL_CADRES,
    });
  });

  it("finds the same person in two files, and no other duplicate than the planted ones", () => {
    const within = EXPECTED.flatMap((e) =>
      e.findings.filter((f) => f.code === "duplicate-person").map((f) => `${e.file} ${f.sheet}!${f.cell}`),
    );
    const across = ACROSS_FILES.map((a) => `${a.file} ${a.sheet}!${a.cell}`);
    const found = doc.findings
      .filter((f) => f.code === "duplicate-person")
      .map((f) => `${path.basename(f.file ?? "")} ${f.sheet}!${f.cell}`);
    expect(found.sort()).toEqual([...within, ...across].sort());
  });
});
