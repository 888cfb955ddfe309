import { deflateRawSync } from "node:zlib";
import { inflateNode } from "./inflateNode";

async function pieces(data: Uint8Array): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const piece of inflateNode(data)) out.push(Buffer.from(piece));
  return out;
}

describe("inflateNode", () => {
  it("gives a small part whole, in one piece", async () => {
    const xml = Buffer.from('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(200));
    const got = await pieces(deflateRawSync(xml));
    expect(got).toHaveLength(1);
    expect(got[0].equals(xml)).toBe(true);
  });

  it("gives a part larger than a piece in pieces of 1 MB at most, the same bytes in all", async () => {
    const xml = Buffer.alloc(3 * 2 ** 20 + 5, "<c/>");
    const got = await pieces(deflateRawSync(xml));
    expect(got.length).toBeGreaterThan(1);
    for (const piece of got) expect(piece.length).toBeLessThanOrEqual(2 ** 20);
    expect(Buffer.concat(got).equals(xml)).toBe(true);
  });

  it("refuses data that is no deflate stream", async () => {
    await expect(pieces(Uint8Array.from([0xff, 0xff, 0xff, 0xff]))).rejects.toThrow();
  });
});
