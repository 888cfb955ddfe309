import { execFile, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * LibreOffice in headless mode, for tests that check our files open in something other than ExcelJS.
 * Install on Debian/Ubuntu with `apt-get install -y libreoffice-calc-nogui`.
 */

/** The soffice executable, or undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  for (const name of ["soffice", "libreoffice"]) {
    try {
      const found = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  for (const p of [
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  ]) {
    if (existsSync(p)) return p;
  }
  return undefined;
}

/**
 * soffice for a test file, or undefined when the tests must be skipped: missing LibreOffice fails the run on
 * CI (process.env.CI set) and only warns on a developer's machine.
 */
export function sofficeForTests(suite: string): string | undefined {
  const soffice = findSoffice();
  if (soffice) return soffice;
  const message = `${suite}: LibreOffice (soffice) not found; install it with "apt-get install -y libreoffice-calc-nogui".`;
  if (process.env.CI) throw new Error(message);
  console.warn(`${message} Skipping.`);
  return undefined;
}

/**
 * Converts `input` with `soffice --headless --convert-to <format>` into `outDir` and returns the output path;
 * throws when no output appears. Each call gets a private user profile, so parallel runs never share (and
 * lock) one.
 */
export async function convertWithSoffice(
  soffice: string,
  input: string,
  format: string,
  outDir: string,
  timeoutMs = 120_000,
): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const profile = join(tmpdir(), `lo-profile-${randomBytes(6).toString("hex")}`);
  const output = join(outDir, `${basename(input, extname(input))}.${format.split(":")[0]}`);
  if (resolve(output) === resolve(input))
    throw new Error("convertWithSoffice: outDir would overwrite the input");
  try {
    const { stdout, stderr } = await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        input,
      ],
      timeoutMs,
    );
    if (!existsSync(output))
      throw new Error(`soffice produced no ${output}\nstdout: ${stdout}\nstderr: ${stderr}`);
    return output;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], timeout: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error)
        reject(
          new Error(
            `${cmd} ${args.join(" ")} failed: ${error.message}\nstdout: ${stdout}\nstderr: ${stderr}`,
          ),
        );
      else resolve({ stdout, stderr });
    });
  });
}
