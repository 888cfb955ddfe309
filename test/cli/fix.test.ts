import { copyFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../helpers/cli";
import { convertWithSoffice, sofficeForTests } from "../helpers/soffice";
import { makeTempDir } from "../helpers/tempDir";

/**
 * `canbo fix` as the user runs it: a corrected copy beside the input, never over it, never over an existing file
 * without --force, a clear sentence for a kind of fix that does not exist, and a copy LibreOffice opens with the
 * converted text (the title of file 04, typed in .VnTimeH, in Unicode).
 */

const roster = path.join(__dirname, "..", "fixtures", "rosters", "04-ldld-huyen-huong-son-tcvn3-2017.xlsx");
const temp = makeTempDir("canbo-fix-");
const at = (name: string) => path.join(temp.dir, name);
const soffice = sofficeForTests("fix.test.ts");
afterAll(() => temp.cleanup());

describe("canbo fix", () => {
  const input = at("huong-son.xlsx");
  beforeAll(() => copyFileSync(roster, input));

  it("writes <name>-da-sua.xlsx, says how many cells changed, and leaves the input as it was", () => {
    const before = readFileSync(input);
    const run = runCli(["fix", input, "--year", "2017"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Sẽ sửa 112 ô");
    expect(run.stdout).toContain(
      "A1: LI£N §OµN LAO §éNG HUYÖN H¦¥NG S¥N → LIÊN ĐOÀN LAO ĐỘNG HUYỆN HƯƠNG SƠN",
    );
    expect(existsSync(at("huong-son-da-sua.xlsx"))).toBe(true);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("never replaces an existing output without --force, and never writes the input", () => {
    const again = runCli(["fix", input, "--year", "2017", "--out", at("huong-son-da-sua.xlsx")]);
    expect(again.code).toBe(0);
    expect(existsSync(at("huong-son-da-sua (2).xlsx"))).toBe(true);
    const onInput = runCli(["fix", input, "--out", input]);
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toContain("đầu vào");
  });

  it("refuses a kind of fix that does not exist, naming the kinds", () => {
    const run = runCli(["fix", input, "--only", "legacy-encoding,typo", "--out", at("x.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"typo"');
    expect(run.stderr).toContain("invalid-id");
    expect(existsSync(at("x.xlsx"))).toBe(false);
  });

  (soffice ? it : it.skip)(
    "writes a copy LibreOffice opens, the converted title in Unicode",
    async () => {
      const csv = await convertWithSoffice(
        soffice!,
        at("huong-son-da-sua.xlsx"),
        "csv:Text - txt - csv (StarCalc):44,34,76",
        at("lo"),
      );
      const text = readFileSync(csv, "utf8");
      expect(text).toContain("LIÊN ĐOÀN LAO ĐỘNG HUYỆN HƯƠNG SƠN");
      expect(text).toContain("Nguyễn Thị Hoài Thương");
    },
    120_000,
  );
});
