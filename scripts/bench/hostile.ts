/**
 * The hostile files of issue 16 for the benchmark: the committed small ones (test/fixtures/bad/), the big ones the
 * tests make at run time, and the worst case for time the bounds allow — a file whose declared sizes are honest
 * (under the 512 MB budget, under 200:1) and whose 500 million bytes of XML hold nothing, so the reader must parse
 * all of it.
 * Time is measured here, never asserted in tests.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { endlessRow, heavyRoster, lyingBomb } from "../../test/helpers/hostileCorpus";
import { hostileXlsx, repeatedDeflate, SHEET_HEAD, SHEET_TAIL } from "../../test/helpers/hostileXlsx";

export interface HostileFile {
  name: string;
  path: string;
}

/** Bytes that deflate barely compresses, the same on every run (a linear congruential sequence as letters). */
function noise(length: number, seed: number): string {
  let x = seed;
  let out = "";
  for (let i = 0; i < length; i++) {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    out += String.fromCharCode(97 + (x % 26));
  }
  return out;
}

/** 500 million bytes of empty cells and comments at about 100:1: every declared size honest, nothing to keep. */
function honestJunk(): Uint8Array {
  const unit = `${'<c r="A1"/>'.repeat(6_000)}<!--${noise(600, 7)}-->`;
  const count = Math.floor((500_000_000 - SHEET_HEAD.length - SHEET_TAIL.length - 20) / unit.length);
  return hostileXlsx({
    sheets: [
      {
        name: "Danh sách",
        xml: repeatedDeflate(`${SHEET_HEAD}<row r="1">`, unit, count, `</row>${SHEET_TAIL}`),
      },
    ],
  });
}

/** Writes the big ones into `dir` once (kept between runs) and lists every hostile file; `big` false: the small only. */
export function hostileFiles(root: string, dir: string, big = true): HostileFile[] {
  const all: [string, () => Uint8Array][] = [
    ["bom-noi-doi.xlsx", () => lyingBomb(2_000_000)],
    ["dong-vo-tan.xlsx", () => endlessRow(20_000_000)],
    ["qua-nang.xlsx", () => heavyRoster(5)],
    ["rac-500-trieu-byte.xlsx", honestJunk],
  ];
  const made = big ? all : [];
  for (const [name, make] of made)
    if (!existsSync(path.join(dir, name))) writeFileSync(path.join(dir, name), make());
  const bad = path.join(root, "test", "fixtures", "bad");
  return [
    ...readdirSync(bad)
      .filter((f) => /\.(xlsx|xls|ods|csv)$/.test(f))
      .sort()
      .map((f) => ({ name: f, path: path.join(bad, f) })),
    ...made.map(([name]) => ({ name, path: path.join(dir, name) })),
  ];
}
