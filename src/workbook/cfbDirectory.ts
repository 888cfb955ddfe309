/**
 * Lists the stream names of an OLE compound file (CFB: legacy .xls, .doc, and password-protected .xlsx, which
 * Office wraps in a CFB holding "EncryptionInfo" and "EncryptedPackage"). Only the directory is read.
 */

/** D0 CF 11 E0 A1 B1 1A E1: the CFB signature. */
export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export function looksLikeCfb(bytes: Uint8Array): boolean {
  return bytes.length >= CFB_MAGIC.length && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

const END_OF_CHAIN = 0xfffffffe;
const HEADER_SIZE = 512;
const DIR_ENTRY_SIZE = 128;

/**
 * The names of the storages and streams in the directory, or undefined when the structure cannot be followed
 * (a cut-short or hand-made file): callers then fall back to `containsUtf16`.
 */
export function listCfbNames(bytes: Uint8Array): string[] | undefined {
  if (!looksLikeCfb(bytes) || bytes.length < HEADER_SIZE) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - HEADER_SIZE) / sectorSize);
  const sectorOffset = (n: number) => HEADER_SIZE + n * sectorSize;
  const validSector = (n: number) => n < sectorCount;

  // The FAT is spread over sectors listed by the DIFAT: 109 slots in the header, then a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(0x4c + i * 4, true);
    if (validSector(s)) fatSectors.push(s);
  }
  let difat = view.getUint32(0x44, true);
  const perDifat = sectorSize / 4 - 1;
  for (let guard = 0; validSector(difat) && guard < sectorCount; guard++) {
    const base = sectorOffset(difat);
    for (let i = 0; i < perDifat; i++) {
      const s = view.getUint32(base + i * 4, true);
      if (validSector(s)) fatSectors.push(s);
    }
    difat = view.getUint32(base + perDifat * 4, true);
  }
  const fatEntry = (n: number): number | undefined => {
    const perSector = sectorSize / 4;
    const fs = fatSectors[Math.floor(n / perSector)];
    return fs === undefined ? undefined : view.getUint32(sectorOffset(fs) + (n % perSector) * 4, true);
  };

  const names: string[] = [];
  let dir = view.getUint32(0x30, true);
  for (let guard = 0; dir !== END_OF_CHAIN; guard++) {
    if (!validSector(dir) || guard > sectorCount) return undefined;
    const base = sectorOffset(dir);
    for (let e = 0; e < sectorSize / DIR_ENTRY_SIZE; e++) {
      const p = base + e * DIR_ENTRY_SIZE;
      const type = bytes[p + 0x42];
      const nameBytes = view.getUint16(p + 0x40, true);
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = "";
      for (let i = 0; i < nameBytes / 2 - 1; i++)
        name += String.fromCharCode(view.getUint16(p + i * 2, true));
      names.push(name);
    }
    const next = fatEntry(dir);
    if (next === undefined) return undefined;
    dir = next;
  }
  return names;
}

/** True when the text occurs anywhere in the bytes as UTF-16LE (how CFB directory entries spell names). */
export function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    needle[i * 2] = text.charCodeAt(i) & 0xff;
    needle[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  outer: for (let p = 0; p + needle.length <= bytes.length; p++) {
    for (let i = 0; i < needle.length; i++) if (bytes[p + i] !== needle[i]) continue outer;
    return true;
  }
  return false;
}
