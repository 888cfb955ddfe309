import { WorkbookError } from "../port";
import type { ZipEntry } from "../zipDirectory";
import { crc32 } from "./crc32";

/**
 * A zip package written again with some of its parts replaced: every other entry is copied as it lies in the file
 * (its local header, compressed bytes and data descriptor, byte for byte), the replaced ones are deflated anew, and
 * the central directory is the old one with each record's offset (and, for a replaced part, its sizes and
 * checksum) set to the new archive. The archive's comment is kept. No library does this: zip libraries re-encode
 * every entry they write.
 */

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
const DESCRIPTOR_SIG = 0x08074b50;

/**
 * @param bytes the original package
 * @param entries its central directory, in order (readZipDirectory)
 * @param replaced new content of some parts, by entry name
 */
export async function rezip(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  replaced: ReadonlyMap<string, Uint8Array>,
): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  const cdOffset = view.getUint32(eocd + 16, true);
  const count = view.getUint16(eocd + 10, true);
  if (count === 0xffff || cdOffset === 0xffffffff || entries.some(isZip64))
    throw new WorkbookError("corrupted", "zip64 packages are not patched");

  const pieces: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  let p = cdOffset;
  for (const entry of entries) {
    if (view.getUint32(p, true) !== CENTRAL_SIG) throw new WorkbookError("corrupted", "central directory");
    const size =
      46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    const central = bytes.slice(p, p + size);
    const record = new DataView(central.buffer);
    p += size;
    const content = replaced.get(entry.name);
    const local = content ? await newLocal(bytes, entry, content) : oldLocal(bytes, view, entry);
    record.setUint32(42, offset, true);
    if (content) {
      const header = new DataView(local.buffer, local.byteOffset, 30);
      record.setUint16(8, header.getUint16(6, true), true); // flags: no data descriptor any more
      record.setUint16(10, 8, true); // deflated
      record.setUint32(16, header.getUint32(14, true), true);
      record.setUint32(20, header.getUint32(18, true), true);
      record.setUint32(24, header.getUint32(22, true), true);
    }
    pieces.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdStart = offset;
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = bytes.slice(eocd, eocd + 22 + view.getUint16(eocd + 20, true));
  const endView = new DataView(end.buffer);
  endView.setUint16(4, 0, true);
  endView.setUint16(6, 0, true);
  endView.setUint16(8, entries.length, true);
  endView.setUint16(10, entries.length, true);
  endView.setUint32(12, cdSize, true);
  endView.setUint32(16, cdStart, true);
  return concat([...pieces, ...centrals, end]);
}

/** An entry's local record as it lies in the file: header, data and, when its flags say so, data descriptor. */
function oldLocal(bytes: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL_SIG)
    throw new WorkbookError("corrupted", `${entry.name}: local header`);
  const dataEnd = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true) + entry.compressedSize;
  let end = dataEnd;
  if (view.getUint16(p + 6, true) & 0x0008)
    end += dataEnd + 4 <= bytes.length && view.getUint32(dataEnd, true) === DESCRIPTOR_SIG ? 16 : 12;
  if (end > bytes.length) throw new WorkbookError("corrupted", `${entry.name}: data`);
  return bytes.subarray(p, end);
}

/** A new local record for a replaced part: the old header's name, times and flags, deflated data, no descriptor. */
async function newLocal(bytes: Uint8Array, entry: ZipEntry, content: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  const nameLength = view.getUint16(p + 26, true);
  const name = bytes.subarray(p + 30, p + 30 + nameLength);
  const data = await deflateRaw(content);
  const out = new Uint8Array(30 + nameLength + data.length);
  const h = new DataView(out.buffer);
  h.setUint32(0, LOCAL_SIG, true);
  h.setUint16(4, 20, true);
  h.setUint16(6, view.getUint16(p + 6, true) & ~0x0008 & 0xffff, true);
  h.setUint16(8, 8, true);
  h.setUint16(10, view.getUint16(p + 10, true), true); // time
  h.setUint16(12, view.getUint16(p + 12, true), true); // date
  h.setUint32(14, crc32(content), true);
  h.setUint32(18, data.length, true);
  h.setUint32(22, content.length, true);
  h.setUint16(26, nameLength, true);
  h.setUint16(28, 0, true);
  out.set(name, 30);
  out.set(data, 30 + nameLength);
  return out;
}

/** Deflate without a wrapper, as zip stores it: the platform's CompressionStream (browsers and Node 20). */
async function deflateRaw(content: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([content as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function isZip64(e: ZipEntry): boolean {
  return (
    e.compressedSize >= 0xffffffff || e.uncompressedSize >= 0xffffffff || e.localHeaderOffset >= 0xffffffff
  );
}

/** The end record: the one whose comment reaches the end of the file, else the last (bytes after the archive). */
function findEocd(view: DataView): number {
  const first = Math.max(0, view.byteLength - 22 - 0xffff);
  let fallback = -1;
  for (let p = view.byteLength - 22; p >= first; p--) {
    if (view.getUint32(p, true) !== EOCD_SIG) continue;
    const end = p + 22 + view.getUint16(p + 20, true);
    if (end === view.byteLength) return p;
    if (fallback < 0 && end < view.byteLength) fallback = p;
  }
  if (fallback < 0) throw new WorkbookError("corrupted", "zip end record");
  return fallback;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
  let at = 0;
  for (const x of parts) {
    out.set(x, at);
    at += x.length;
  }
  return out;
}
