import fc from "fast-check";
import { readRoster } from "../src/core/roster";
import { parseAddress } from "../src/core/grid";
import type { CellValue, Grid } from "../src/core/grid";
import { checkStandards, findDuplicatePersons } from "../src/core/validate";
import { DEFAULT_FRAMEWORK } from "../src/core/standards";

// Header words, legacy text, error values, marks and odd characters, mixed into random grids.
const WORDS = [
  "STT",
  "Họ và tên",
  "Năm sinh",
  "Nam",
  "Nữ",
  "Chức danh",
  "Đơn vị",
  "Cấp",
  "Chuyên trách",
  "Trình độ",
  "LLCT",
  "x",
  "có",
  "#N/A",
  "#REF!",
  "NguyÔn ThÞ Hoa",
  "Vieät Nam",
  "I. LĐLĐ huyện Ba Tri",
  "Tổng cộng",
  "NGƯỜI LẬP BIỂU",
  "(1)",
  "31/02/1980",
  "Phó Chủ tjch",
  "\u0000\u0007",
  "👩‍👩‍👧",
  "مرحبا",
  '=HYPERLINK("http://x")',
  "Nguye\u0302\u0303n",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>("", null, true, false, 0, -1, 1e308, Number.NaN, 45000.5, 1975, 2021),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 40 }),
  fc.double(),
);

/** Cells that are no header words: the random rows around a real header must not form a better one. */
const plainCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>("", null, 0, 1975, "x", "#N/A"),
  fc.double(),
  fc.string({ maxLength: 12 }),
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    values: fc.array(fc.array(cell, { maxLength: 30 }), { maxLength: 60 }),
    merges: fc.array(
      fc
        .record({ top: fc.nat(70), left: fc.nat(35), h: fc.nat(5), w: fc.nat(5) })
        .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
      { maxLength: 10 },
    ),
  })
  .map((g) => ({ name: "S", ...g }));

describe("the engine on any grid", () => {
  it("never throws, keeps every finding's cell inside the sheet, and gives the same answer twice", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const a = readRoster(g, { year: 2019 });
        const findings = [
          ...a.findings,
          ...findDuplicatePersons(a.cadres),
          ...checkStandards(a.cadres, DEFAULT_FRAMEWORK, 2019),
        ];
        const width = Math.max(30, ...g.values.map((r) => r.length));
        for (const f of findings) {
          if (!f.cell) continue;
          const at = parseAddress(f.cell);
          expect(at).toBeDefined();
          expect(at!.row).toBeLessThan(Math.max(g.values.length, 1));
          expect(at!.col).toBeLessThan(width);
        }
        expect(readRoster(g, { year: 2019 })).toEqual(a);
      }),
      { numRuns: 300, seed: 2019 },
    );
  });

  it("reads a roster whose header sits among random rows without throwing", () => {
    const header: CellValue[] = [
      "STT",
      "Họ và tên",
      "Năm sinh",
      "Đơn vị",
      "Cấp",
      "Chức danh",
      "Chuyên trách/Không chuyên trách",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.array(plainCell, { maxLength: 8 }), { maxLength: 40 }),
        fc.nat(20),
        (rows, at) => {
          const values = [...rows.slice(0, at), header, ...rows.slice(at)];
          const r = readRoster({ name: "S", values, merges: [] }, { year: 2019 });
          expect(r.header).toBeDefined();
          expect(r.cadres.every((c) => c.row > Math.min(at, rows.length) + 1)).toBe(true);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});
