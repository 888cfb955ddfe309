import { deflateRawSync } from "node:zlib";
import { crc32 } from "../../src/workbook/patch/crc32";

/**
 * Builds zip files byte by byte for the sniffing tests: real archives, and archives that lie (declared sizes
 * no real file has), that are cut short, or that use zip64 records.
 */

export interface ZipInput {
  name: string;
  data: Uint8Array | string;
  /** Deflate the entry (method 8) instead of storing it (method 0). */
  deflate?: boolean;
  /** Uncompressed size written in the headers instead of the true one. */
  declaredSize?: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
  /** Data already deflated (for entries too large to hold inflated): used as it is, with its true size and CRC. */
  deflated?: { data: Uint8Array; size: number; crc: number };
}

export function buildZip(
  inputs: readonly ZipInput[],
  options: { zip64?: boolean; trailing?: Uint8Array } = {},
): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const raw = typeof input.data === "string" ? Buffer.from(input.data, "utf8") : Buffer.from(input.data);
    const pre = input.deflated;
    const body = pre ? Buffer.from(pre.data) : input.deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(input.name, "utf8");
    const size = input.declaredSize ?? pre?.size ?? raw.length;
    const crc = pre?.crc ?? crc32(raw);
    const method = pre || input.deflate ? 8 : 0;
    const flags = (input.flags ?? 0) | 0x0800;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);

    // With zip64 the sizes and offset move into the extra field, as some writers do even for small files.
    const extra = options.zip64 ? zip64Extra(size, body.length, offset) : Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : Math.min(size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 42);
    centrals.push(central, name, extra);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(inputs.length), 24);
    rec.writeBigUInt64LE(BigInt(inputs.length), 32);
    rec.writeBigUInt64LE(BigInt(cd.length), 40);
    rec.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(rec, locator);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(options.zip64 ? 0xffff : inputs.length, 8);
  eocd.writeUInt16LE(options.zip64 ? 0xffff : inputs.length, 10);
  eocd.writeUInt32LE(options.zip64 ? 0xffffffff : cd.length, 12);
  eocd.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  const after = options.trailing ? [Buffer.from(options.trailing)] : [];
  return new Uint8Array(Buffer.concat([...locals, cd, ...tail, eocd, ...after]));
}

function zip64Extra(size: number, compressed: number, offset: number): Buffer {
  const b = Buffer.alloc(4 + 24);
  b.writeUInt16LE(0x0001, 0);
  b.writeUInt16LE(24, 2);
  b.writeBigUInt64LE(BigInt(size), 4);
  b.writeBigUInt64LE(BigInt(compressed), 12);
  b.writeBigUInt64LE(BigInt(offset), 20);
  return b;
}
