/**
 * A minimal but well-formed OLE compound file (version 3, 512-byte sectors): a header, one FAT sector and one
 * directory sector naming the given streams. Enough for sniffing, which reads only the directory.
 */
export function buildCfb(streamNames: readonly string[]): Uint8Array {
  if (streamNames.length > 3) throw new Error("one directory sector holds the root and three streams");
  const sector = 512;
  const b = Buffer.alloc(512 + 2 * sector);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x3e, 0x18); // minor version
  b.writeUInt16LE(3, 0x1a); // major version 3
  b.writeUInt16LE(0xfffe, 0x1c); // little-endian
  b.writeUInt16LE(9, 0x1e); // 512-byte sectors
  b.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  b.writeUInt32LE(1, 0x2c); // one FAT sector
  b.writeUInt32LE(1, 0x30); // directory starts at sector 1
  b.writeUInt32LE(0x1000, 0x38);
  b.writeUInt32LE(0xfffffffe, 0x3c); // no mini FAT
  b.writeUInt32LE(0xfffffffe, 0x44); // no DIFAT sectors
  for (let i = 0; i < 109; i++) b.writeUInt32LE(0xffffffff, 0x4c + i * 4);
  b.writeUInt32LE(0, 0x4c); // FAT lives in sector 0

  const fat = 512;
  for (let i = 0; i < sector / 4; i++) b.writeUInt32LE(0xffffffff, fat + i * 4);
  b.writeUInt32LE(0xfffffffd, fat); // sector 0 is a FAT sector
  b.writeUInt32LE(0xfffffffe, fat + 4); // sector 1 (directory) ends its chain

  const dir = 512 + sector;
  const entry = (i: number, name: string, type: number) => {
    const p = dir + i * 128;
    for (let k = 0; k < name.length; k++) b.writeUInt16LE(name.charCodeAt(k), p + k * 2);
    b.writeUInt16LE((name.length + 1) * 2, p + 0x40);
    b[p + 0x42] = type;
    b.writeUInt32LE(0xffffffff, p + 0x44);
    b.writeUInt32LE(0xffffffff, p + 0x48);
    b.writeUInt32LE(type === 5 && streamNames.length ? 1 : 0xffffffff, p + 0x4c);
  };
  entry(0, "Root Entry", 5);
  streamNames.forEach((n, i) => entry(i + 1, n, 2));
  return new Uint8Array(b);
}
