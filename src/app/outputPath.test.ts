import { chooseOutputPath, numbered } from "./outputPath";

const existing = (...names: string[]) => ({ exists: async (p: string) => names.includes(p) });

describe("chooseOutputPath", () => {
  it("uses the name asked for when it is free", async () => {
    expect(await chooseOutputPath("bao-cao-2019.xlsx", existing())).toEqual({
      path: "bao-cao-2019.xlsx",
      renamed: false,
      replaced: false,
    });
  });
  it("never replaces an existing file: takes the next free '(n)'", async () => {
    const taken = existing("out/bao-cao-2019.xlsx", "out/bao-cao-2019 (2).xlsx");
    expect(await chooseOutputPath("out/bao-cao-2019.xlsx", taken)).toEqual({
      path: "out/bao-cao-2019 (3).xlsx",
      renamed: true,
      replaced: false,
    });
  });
  it("replaces only with force", async () => {
    expect(await chooseOutputPath("a.xlsx", { ...existing("a.xlsx"), force: true })).toEqual({
      path: "a.xlsx",
      renamed: false,
      replaced: true,
    });
  });
  it("refuses an output that is one of the inputs, even with force", async () => {
    const same = (p: string) => p.replace(/^\.\//, "");
    expect(
      await chooseOutputPath("./ds.xlsx", { ...existing("ds.xlsx"), force: true, inputs: ["ds.xlsx"], same }),
    ).toEqual({
      refused: "is-input",
      path: "./ds.xlsx",
    });
  });
  it("numbers before the extension, whatever the folder holds", () => {
    expect(numbered("C:\\bao cao\\bc.v2.xlsx", 2)).toBe("C:\\bao cao\\bc.v2 (2).xlsx");
    expect(numbered("thu.muc/bao-cao", 4)).toBe("thu.muc/bao-cao (4)");
  });
});
