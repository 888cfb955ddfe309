import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../helpers/cli";
import { makeTempDir } from "../helpers/tempDir";

/**
 * `canbo consolidate` as the user runs it: the year is asked for, the roster goes to tong-hop-<year>.xlsx beside
 * where the command runs, never over an input nor over an existing file without --force, and a file that cannot
 * be read is named (exit 2) while the others are still consolidated.
 */

const corpus = path.join(__dirname, "..", "fixtures", "rosters");
const temp = makeTempDir("canbo-consolidate-");
const at = (name: string) => path.join(temp.dir, name);
afterAll(() => temp.cleanup());

beforeAll(() => {
  for (const f of ["01-ldld-huyen-nghi-loc-2019.xlsx", "16-ldld-tinh-gia-lai-khoi-a-b-2019.xlsx"])
    copyFileSync(path.join(corpus, f), at(f));
});

describe("canbo consolidate", () => {
  it("asks for the year", () => {
    const run = runCli(["consolidate", temp.dir], { cwd: temp.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--year");
  });

  it("writes tong-hop-<year>.xlsx with each person once and says how many", () => {
    // Files 01 and 16 list 17 and 16 cadres (corpus README), nobody in both.
    const run = runCli(["consolidate", ".", "--year", "2019"], { cwd: temp.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Đã tổng hợp 33 người từ 2 tệp");
    expect(existsSync(at("tong-hop-2019.xlsx"))).toBe(true);
  });

  it("never replaces a file without --force, nor writes an input", () => {
    const again = runCli(["consolidate", "01-ldld-huyen-nghi-loc-2019.xlsx", "--year", "2019"], {
      cwd: temp.dir,
    });
    expect(again.code).toBe(0);
    expect(existsSync(at("tong-hop-2019 (2).xlsx"))).toBe(true);
    const before = readFileSync(at("01-ldld-huyen-nghi-loc-2019.xlsx"));
    const onInput = runCli(
      [
        "consolidate",
        "01-ldld-huyen-nghi-loc-2019.xlsx",
        "--year",
        "2019",
        "--out",
        "01-ldld-huyen-nghi-loc-2019.xlsx",
      ],
      { cwd: temp.dir },
    );
    expect(onInput.code).toBe(2);
    expect(readFileSync(at("01-ldld-huyen-nghi-loc-2019.xlsx")).equals(before)).toBe(true);
  });

  it("names a file it cannot read, consolidates the others and exits 2", () => {
    writeFileSync(at("hong.xlsx"), "not a workbook");
    const run = runCli(
      [
        "consolidate",
        "hong.xlsx",
        "16-ldld-tinh-gia-lai-khoi-a-b-2019.xlsx",
        "--year",
        "2019",
        "--out",
        "gl.xlsx",
      ],
      { cwd: temp.dir },
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Đã tổng hợp 16 người từ 1 tệp");
    expect(run.stdout).toContain("1 tệp không đọc được");
    expect(readdirSync(temp.dir)).toContain("gl.xlsx");
  });
});
