import { buildZip } from "../../test/helpers/zipWriter";
import { looksLikeZip, readStoredEntry, readZipDirectory } from "./zipDirectory";

describe("readZipDirectory", () => {
  const zip = buildZip([
    { name: "mimetype", data: "abc" },
    {
      name: "xl/worksheets/sheet1.xml",
      data: "<worksheet>" + "<row/>".repeat(1000) + "</worksheet>",
      deflate: true,
    },
    { name: "Tệp tiếng Việt.txt", data: "x" },
  ]);

  it("lists entries with their declared sizes and methods", () => {
    const dir = readZipDirectory(zip);
    expect(dir.kind).toBe("ok");
    if (dir.kind !== "ok") return;
    expect(dir.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ["mimetype", 0, 3],
      ["xl/worksheets/sheet1.xml", 8, 6023],
      ["Tệp tiếng Việt.txt", 0, 1],
    ]);
    expect(dir.entries[1].compressedSize).toBeLessThan(200);
    expect(dir.entries[0].localHeaderOffset).toBe(0);
  });

  it("reads a stored entry's bytes, and refuses a deflated one", () => {
    const dir = readZipDirectory(zip);
    if (dir.kind !== "ok") throw new Error(dir.kind);
    expect(Buffer.from(readStoredEntry(zip, dir.entries[0]) ?? []).toString()).toBe("abc");
    expect(readStoredEntry(zip, dir.entries[1])).toBeUndefined();
  });

  it("takes sizes and offsets from the zip64 extra field", () => {
    const dir = readZipDirectory(
      buildZip(
        [
          { name: "a", data: "hello" },
          { name: "b", data: "x", declaredSize: 5_000_000_000 },
        ],
        { zip64: true },
      ),
    );
    if (dir.kind !== "ok") throw new Error(dir.kind);
    expect(
      dir.entries.map((e) => [e.name, e.uncompressedSize, e.compressedSize, e.localHeaderOffset]),
    ).toEqual([
      ["a", 5, 5, 0],
      ["b", 5_000_000_000, 1, 36],
    ]);
  });

  it("reports a missing end record as truncated", () => {
    expect(readZipDirectory(zip.subarray(0, zip.length - 1))).toEqual({ kind: "truncated" });
    expect(readZipDirectory(new Uint8Array(10))).toEqual({ kind: "truncated" });
  });

  it("finds the end record behind a comment", () => {
    const withComment = Buffer.concat([Buffer.from(zip), Buffer.from("note PK\u0005\u0006 inside")]);
    new DataView(withComment.buffer, withComment.byteOffset).setUint16(
      zip.length - 2,
      withComment.length - zip.length,
      true,
    );
    const dir = readZipDirectory(new Uint8Array(withComment));
    expect(dir.kind === "ok" && dir.entries.length).toBe(3);
  });

  it("recognizes zip signatures", () => {
    expect(looksLikeZip(zip)).toBe(true);
    expect(looksLikeZip(buildZip([]))).toBe(true);
    expect(looksLikeZip(Buffer.from("PK"))).toBe(false);
  });
});
