import { readFileSync } from "node:fs";
import path from "node:path";
import { vi } from "../i18n";
import { checkFile } from "./fileWork";

const root = path.join(__dirname, "..", "..");
const read = (file: string) => new Uint8Array(readFileSync(path.join(root, file)));

// Node has no web Worker: this is the page's fallback, checking in the page itself (the browser test covers the worker).
describe("checking an opened file in the page", () => {
  it("reads the small CĐCS roster with its planted mistakes and reports progress", async () => {
    const steps: string[] = [];
    const out = await checkFile("cdcs.xlsx", read("samples/cdcs-truong-thcs-an-thoi.xlsx"), 2019, vi, (p) =>
      steps.push(p.step),
    );
    expect(out.error).toBeUndefined();
    expect(out.result?.summary).toEqual({ cadres: 15, errors: 7, warnings: 4, infos: 2 });
    expect(steps).toContain("check");
  });

  it("gives the sentence for a file that cannot be used or holds no roster", async () => {
    const bad = await checkFile("mat-khau.xlsx", read("test/fixtures/bad/mat-khau.xlsx"), 2019, vi, () => {});
    expect(bad).toEqual({ error: vi.fileProblems.encrypted });
    const title = await checkFile(
      "tieu-de.xlsx",
      read("test/fixtures/bad/chi-tieu-de.xlsx"),
      2019,
      vi,
      () => {},
    );
    expect(title).toEqual({ error: vi.fileProblems["no-roster"] });
  });
});
