import { inflateRawSync } from "node:zlib";
import { readZipDirectory } from "../../src/workbook/zipDirectory";

/** The text of one part of an .xlsx (or any zip), for tests that check the XML a writer produced. */
export function readZipText(bytes: Uint8Array, name: string): string | undefined {
  const dir = readZipDirectory(bytes);
  if (dir.kind !== "ok") throw new Error(`not a readable zip: ${dir.kind}`);
  const entry = dir.entries.find((e) => e.name === name);
  if (!entry) return undefined;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  const start = p + 30 + view.readUInt16LE(p + 26) + view.readUInt16LE(p + 28);
  const body = view.subarray(start, start + entry.compressedSize);
  return (entry.method === 8 ? inflateRawSync(body) : body).toString("utf8");
}

/** Every part name of a zip. */
export function zipNames(bytes: Uint8Array): string[] {
  const dir = readZipDirectory(bytes);
  if (dir.kind !== "ok") throw new Error(`not a readable zip: ${dir.kind}`);
  return dir.entries.map((e) => e.name);
}
