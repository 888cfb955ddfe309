import { buildCfb } from "../../test/helpers/cfbWriter";
import { containsUtf16, listCfbNames, looksLikeCfb } from "./cfbDirectory";

describe("listCfbNames", () => {
  it("lists the directory of a compound file", () => {
    expect(listCfbNames(buildCfb(["EncryptionInfo", "EncryptedPackage"]))).toEqual([
      "Root Entry",
      "EncryptionInfo",
      "EncryptedPackage",
    ]);
    expect(listCfbNames(buildCfb(["Workbook"]))).toEqual(["Root Entry", "Workbook"]);
  });

  it("gives up on a structure it cannot follow", () => {
    expect(listCfbNames(buildCfb(["Workbook"]).subarray(0, 600))).toBeUndefined();
    expect(listCfbNames(Buffer.from("not a cfb"))).toBeUndefined();
  });

  it("finds UTF-16 names anywhere", () => {
    const b = buildCfb(["EncryptedPackage"]);
    expect(looksLikeCfb(b)).toBe(true);
    expect(containsUtf16(b, "EncryptedPackage")).toBe(true);
    expect(containsUtf16(b, "Workbook")).toBe(false);
  });
});
