/**
 * Reads a zip file's central directory straight from its bytes, without inflating anything: enough to tell an
 * .xlsx from an .ods or a .docx and to see the sizes an entry claims before anyone trusts them.
 * Knows zip64 (some writers use it even for small files). Browser-safe: plain Uint8Array and DataView.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** General-purpose flags; bit 0 means the entry is encrypted. */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory =
  | { kind: "ok"; entries: ZipEntry[] }
  /** No end-of-central-directory record: the file was cut short (an unfinished download or copy). */
  | { kind: "truncated" }
  /** The records are there but do not hold together. */
  | { kind: "invalid"; detail: string };

const EOCD_SIG = 0x06054b50;
const EOCD64_LOCATOR_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** True when the bytes start like a zip (a local file header, or the record of an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  );
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return { kind: "truncated" };

  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);

  // zip64: the 32-bit fields are saturated and the real values live in the zip64 record found through its locator.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR_SIG)
      return { kind: "invalid", detail: "zip64 locator missing" };
    const rec = readUint64(view, locator + 8);
    if (rec === undefined || rec + 56 > bytes.length || view.getUint32(rec, true) !== EOCD64_SIG) {
      return { kind: "invalid", detail: "zip64 record missing" };
    }
    const c = readUint64(view, rec + 32);
    const s = readUint64(view, rec + 40);
    const o = readUint64(view, rec + 48);
    if (c === undefined || s === undefined || o === undefined)
      return { kind: "invalid", detail: "zip64 sizes out of range" };
    count = c;
    cdSize = s;
    cdOffset = o;
  }

  if (cdOffset + cdSize > bytes.length)
    return { kind: "invalid", detail: "central directory outside the file" };

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIG)
      return { kind: "invalid", detail: `bad directory record ${i}` };
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    const nameStart = p + 46;
    const extraStart = nameStart + nameLen;
    const next = extraStart + extraLen + commentLen;
    if (next > bytes.length) return { kind: "invalid", detail: `directory record ${i} runs past the end` };
    // Names are UTF-8 when flag bit 11 is set, otherwise CP437; the names that matter here are ASCII either way.
    const name = decoder.decode(bytes.subarray(nameStart, extraStart));

    // The zip64 extra field holds, in this order, only the values whose 32-bit field is saturated.
    if (
      uncompressedSize === 0xffffffff ||
      compressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      const z = findExtra(view, extraStart, extraLen, 0x0001);
      if (z === undefined) return { kind: "invalid", detail: `zip64 extra missing for ${name}` };
      let q = z.start;
      const take = (): number | undefined => {
        if (q + 8 > z.end) return undefined;
        const v = readUint64(view, q);
        q += 8;
        return v;
      };
      if (uncompressedSize === 0xffffffff) uncompressedSize = take() ?? Number.MAX_SAFE_INTEGER;
      if (compressedSize === 0xffffffff) compressedSize = take() ?? Number.MAX_SAFE_INTEGER;
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = take() ?? Number.MAX_SAFE_INTEGER;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    p = next;
  }
  return { kind: "ok", entries };
}

/**
 * The bytes of a stored (uncompressed) entry, read through its local header; undefined for a deflated entry or
 * one whose header does not fit. Used for the tiny "mimetype" entry of OpenDocument files.
 */
export function readStoredEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  return entry.method === 0 ? entryData(bytes, entry) : undefined;
}

/** An entry's data as it lies in the file (still compressed), found through its local header; undefined when it does not fit. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL_SIG) return undefined;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : undefined;
}

function findEocd(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let p = last; p >= first; p--) {
    // The comment length must reach exactly to the end, so a stray signature inside the comment is not taken.
    if (
      view.getUint32(p, true) === EOCD_SIG &&
      p + EOCD_SIZE + view.getUint16(p + 20, true) === view.byteLength
    )
      return p;
  }
  return findEocdBeforeTrailingBytes(view);
}

/**
 * Bytes after the archive (padding from a download tool, a signature appended by a mail gateway): LibreOffice and
 * most unzip tools still read such a file, so the last end record whose central directory lies exactly where it
 * says, ending where the record starts, is taken. A file cut short has no such record and stays "truncated".
 */
function findEocdBeforeTrailingBytes(view: DataView): number {
  if (view.byteLength < EOCD_SIZE) return -1;
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  // lastIndexOf counts a negative start from the end, so the walk stops by hand at 0.
  for (
    let p = bytes.lastIndexOf(0x50, view.byteLength - EOCD_SIZE);
    p >= 0;
    p = p ? bytes.lastIndexOf(0x50, p - 1) : -1
  ) {
    if (view.getUint32(p, true) !== EOCD_SIG) continue;
    const cdSize = view.getUint32(p + 12, true);
    const cdOffset = view.getUint32(p + 16, true);
    if (cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      if (p >= 20 && view.getUint32(p - 20, true) === EOCD64_LOCATOR_SIG) return p;
    } else if (
      // Right after the directory, or after a zip64 record (56 bytes) and its locator (20).
      (p - cdSize - cdOffset === 0 || p - cdSize - cdOffset === 76) &&
      (cdSize === 0 || view.getUint32(cdOffset, true) === CENTRAL_SIG)
    )
      return p;
  }
  return -1;
}

function findExtra(
  view: DataView,
  start: number,
  length: number,
  id: number,
): { start: number; end: number } | undefined {
  let p = start;
  const end = start + length;
  while (p + 4 <= end) {
    const tag = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (tag === id) return { start: p + 4, end: Math.min(end, p + 4 + size) };
    p += 4 + size;
  }
  return undefined;
}

/** A little-endian 64-bit value as a number; undefined beyond 2^53 (no real file gets there). */
function readUint64(view: DataView, p: number): number | undefined {
  if (p + 8 > view.byteLength) return undefined;
  const lo = view.getUint32(p, true);
  const hi = view.getUint32(p + 4, true);
  if (hi >= 0x200000) return undefined;
  return hi * 0x100000000 + lo;
}
