import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { inflateRawSync } from "node:zlib";
import fc from "fast-check";
import { syntheticGrid, writeGridXlsx } from "../../scripts/bench/syntheticRoster";
import type { Grid } from "../../src/core/grid";
import type { GridWorkbook } from "../../src/workbook/gridWorkbook";
import { inflateNode } from "../../src/workbook/inflateNode";
import { WorkbookError } from "../../src/workbook/port";
import { readXlsxStream, type Inflate } from "../../src/workbook/stream/readXlsxStream";
import { endlessRow, heavyRoster, lyingBomb, SMALL_HOSTILE } from "../helpers/hostileCorpus";
import { hostileXlsx } from "../helpers/hostileXlsx";
import { readXlsxSaxes } from "../helpers/saxesReader/readXlsxSaxes";
import { makeTempDir } from "../helpers/tempDir";
import { rewriteXlsx } from "../helpers/zipRewrite";

/**
 * The byte scanner (src/workbook/stream) against the reader it replaced (saxes over decoded text, kept in
 * test/helpers/saxesReader): on every file the tests know — fixtures, samples, the real-layout corpus, generated
 * rosters, bad and hostile files — and on random sheets written by hand, both must give the same sheets and the same
 * grids (values, merges, fonts), or refuse the file with the same problem at the same place.
 */

const root = path.join(__dirname, "..", "..");

type Outcome = { sheets: unknown; grids: Grid[] } | { problem: string; sheet?: string; cell?: string };

async function outcome(read: () => Promise<GridWorkbook>): Promise<Outcome> {
  try {
    const wb = await read();
    const sheets = await wb.listSheets();
    const grids: Grid[] = [];
    for (const s of sheets) grids.push(await wb.readSheet(s.name, { fonts: true }));
    return { sheets, grids };
  } catch (e) {
    if (e instanceof WorkbookError) return { problem: e.problem, sheet: e.sheet, cell: e.cell };
    throw e;
  }
}

/** Zlib's output cut into pieces of the given sizes in turn: the scanner must carry tokens across any cut. */
const inflateInPieces = (sizes: readonly number[]): Inflate =>
  async function* (data) {
    const all = inflateRawSync(data);
    for (let p = 0, i = 0; p < all.length; p += sizes[i++ % sizes.length])
      yield all.subarray(p, p + sizes[i % sizes.length]);
  };

/** Equal outcomes; jest's diff only when they differ (it takes seconds on a million rows). */
function expectSame(actual: Outcome, expected: Outcome): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

const SHEET_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A shared-strings part holding these `<si>` items. */
const sstOf = (items: string) => `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${items}</sst>`;

/** A worksheet whose sheetData holds these rows. */
const worksheetOf = (rows: string) =>
  `${SHEET_DECLARATION}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;

/** A workbook of one sheet, "DS", with this worksheet XML and, when given, this shared-strings part. */
function bookOf(sheetXml: string, sstXml?: string): Uint8Array {
  const book = hostileXlsx({ sheets: [{ name: "DS", xml: sheetXml }], sharedStrings: ["-"] });
  return sstXml === undefined
    ? book
    : rewriteXlsx(book, (name, t) => (name === "xl/sharedStrings.xml" ? sstXml : t));
}

/** Both readers on the same bytes: the command's (Node's zlib), the page's (DecompressionStream) and the reference. */
async function expectSameReads(bytes: Uint8Array): Promise<Outcome> {
  const reference = await outcome(() => readXlsxSaxes(bytes));
  expectSame(await outcome(() => readXlsxStream(bytes, { inflate: inflateNode })), reference);
  expectSame(await outcome(() => readXlsxStream(bytes)), reference);
  return reference;
}

function filesIn(dir: string): string[] {
  return readdirSync(path.join(root, dir))
    .filter((f) => /\.(xlsx|xls|ods|csv)$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

describe("the byte scanner reads every file as the XML parser did", () => {
  const files = [
    ...filesIn("samples"),
    ...filesIn("test/fixtures/rosters"),
    ...filesIn("test/fixtures/libreoffice"),
    ...filesIn("test/fixtures/bad"),
  ];

  it("knows the files it is run on", () => {
    // The real-layout corpus, the samples and the bad files are all there (a path typo would test nothing).
    expect(files.filter((f) => f.includes("rosters/")).length).toBe(18);
    expect(files.filter((f) => f.includes("bad/")).length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)("%s", async (file) => {
    await expectSameReads(new Uint8Array(readFileSync(path.join(root, file))));
  });

  it("the hostile files made at run time: a lying directory, an endless row, a heavy roster", async () => {
    expect(await expectSameReads(lyingBomb(2_000_000))).toMatchObject({ problem: "zip-bomb" });
    expect(await expectSameReads(endlessRow(20_000_000))).toMatchObject({ problem: "too-many-columns" });
    const heavy = await expectSameReads(heavyRoster(1));
    expect("grids" in heavy && heavy.grids[0].values.length).toBe(60_001);
  });

  it("every small hostile builder, as the fixtures are made", async () => {
    for (const make of Object.values(SMALL_HOSTILE)) await expectSameReads(make());
  });

  it("a generated provincial roster of 3,000 cadres", async () => {
    const temp = makeTempDir();
    try {
      const file = path.join(temp.dir, "roster.xlsx");
      await writeGridXlsx(syntheticGrid(3_000), file);
      const read = await expectSameReads(new Uint8Array(readFileSync(file)));
      expect("grids" in read && read.grids[0].values.length).toBeGreaterThan(3_000);
    } finally {
      temp.cleanup();
    }
  });
});

/**
 * Cells in the one form the reader takes whole (`<c r s t><v>…</v></c>`, `<c …/>`) and in every way just outside
 * it: each is read in one piece, so the fast path sees it, and must give what the XML parser gives.
 */
const EDGE_CELLS = [
  '<c r="A1" s="1" t="s"><v>0</v></c>',
  '<c r="A1" s="1"/>',
  '<c r="A1" t="s" ><v>0</v></c>',
  '<c r="A1" t="str"><v>Việt a>b</v></c>',
  '<c r="A1" t="s"><v></v></c>',
  '<c r="A1" s="\u0001"><v>1</v></c>',
  '<c r="A\u00011" t="s\u0001"><v>0</v></c>',
  '<c_r="A1"><v>1</v></c>',
  '<c r="A1" s="1\t"><v>1</v></c>',
  '<c r="A&#49;" t="&#115;"><v>0</v></c>',
  '<c r="A1" r="B1"><v>1</v></c>',
  '<c r="A1"s="1"><v>1</v></c>',
  '<c r="A1"  s="1"><v>1</v></c>',
  "<c r='A1' s=\"2\"><v>1</v></c>",
  '<c\tr="A1"><v>1</v></c>',
  '<c r="A1" u="1"><v>1</v></c>',
  '<c r="A1" 1="x"><v>1</v></c>',
  '<c r="A1"/ >',
  '<c r="A1" t="str"><v>a\r\nb</v></c>',
  '<c r="A1" t="str"><v>a\u0001b</v></c>',
  '<c r="A1" t="str"><v>a&amp;b</v></c>',
  '<c r="A1" t="str"><v>a]]>b</v></c>',
  '<c r="A1"><v>1</v><f>A2</f></c>',
  '<c r="A1"><f>1+1</f><v>2</v></c>',
  '<c r="A1"><x>1</x></c>',
  '<c r="A1" t="inlineStr"><is><t>x</t></is></c>',
  '<c r="A1"><v>1</v ></c>',
  '<c r="A1"><v>1</v></c >',
  '<c r="A1"><v>1</v></x></c>',
];

describe("the byte scanner on cells at the edge of the form it reads whole", () => {
  it.each(EDGE_CELLS)("%j", async (cell) => {
    await expectSameReads(bookOf(worksheetOf(`<row r="1">${cell}<c r="B1"><v>7</v></c></row>`)));
  });

  it("a cell as the root element (read tag by tag)", async () => {
    await expectSameReads(bookOf(`${SHEET_DECLARATION}<c r="A1"><v>1</v></c>`));
  });
});

/** Shared strings in the one form the reader takes whole (`<si><t>…</t></si>`) and just outside it. */
const EDGE_STRINGS = [
  "<si><t>Nguyễn Văn An</t></si>",
  "<si><t></t></si>",
  "<si><t>_x0041_ a>b</t></si>",
  '<si><t xml:space="preserve"> An </t></si>',
  "<si><t xml:space='preserve'> An </t></si>",
  '<si><t xml:space="preserve" > An </t></si>',
  '<si><t xml:space="preserve">a&amp;b</t></si>',
  "<si><t>a&amp;b</t></si>",
  "<si><t>a\r\nb</t></si>",
  "<si><t>a\u0001b</t></si>",
  "<si><t>a]]>b</t></si>",
  "<si><t>a</t><t>b</t></si>",
  "<si><r><t>a</t></r><r><t>b</t></r></si>",
  "<si><t>a</t><rPh><t>x</t></rPh></si>",
  "<si><t>a</t></si >",
  "<si><t>a</t ></si>",
  "<si><t>a</si></t>",
  "<si><t>a</t></si></si>",
];

describe("the byte scanner on shared strings at the edge of the form it reads whole", () => {
  it.each(EDGE_STRINGS)("%j", async (item) => {
    const sheet = worksheetOf('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>');
    await expectSameReads(bookOf(sheet, sstOf(`${item}<si><t>Lê</t></si>`)));
  });
});

/** Text as writers leave it, and as a damaged or hostile file may hold it. */
const textPiece = fc.constantFrom(
  "An",
  "Nguyễn Văn",
  "Việt Nam 🇻🇳",
  "12",
  "007",
  "3.25",
  "-4",
  "1E3",
  " 5 ",
  "0x1F",
  "",
  " ",
  "\r\n",
  "\r",
  "\n",
  "\t",
  "&amp;",
  "&lt;b&gt;",
  "&quot;&apos;",
  "&#13;",
  "&#x41;",
  "&#128512;",
  "_x000D_",
  "_x0041_",
  "<!--c-->",
  "<![CDATA[9]]>",
  "<?pi x?>",
  "&bogus;",
  "&#0;",
  "&",
  "<",
  "\u0001",
  "]]>",
);
const text = fc.array(textPiece, { maxLength: 4 }).map((p) => p.join(""));
const prefix = fc.constantFrom("", "", "", "x:");
const attr = (name: string, values: string[]) =>
  fc.option(
    fc.tuple(fc.constantFrom(...values), fc.constantFrom('"', "'")).map(([v, q]) => ` ${name}=${q}${v}${q}`),
    { nil: "" },
  );
/** An attribute the reader does not read, whose value holds the other quote, markup or a line break. */
const other = fc.option(
  fc.constantFrom(
    ` note='say "hi"'`,
    ` note="it's"`,
    ` note='&apos;&quot;'`,
    ` note=""`,
    ` note='a<b'`,
    ` note="l1\nl2"`,
  ),
  { nil: "" },
);
const cell = fc
  .record({
    p: prefix,
    r: attr("r", ["A1", "B2", "C1", "AA3", "b4", "A0", "1A", "", "XFD1", "A&#49;", "Z99"]),
    t: attr("t", ["n", "s", "str", "e", "b", "d", "inlineStr", "", "x", "&#115;", "s\t"]),
    s: attr("s", ["0", "1", "2", "", "abc", " 1", "1\t", "\u0001"]),
    // No space before `t` (a damaged tag), and the ways an empty cell's tag may end, well or badly.
    glued: fc.boolean(),
    end: fc.constantFrom("/>", "/>", " />", "/ >"),
    note: other,
    body: fc.array(
      fc.oneof(
        text.map((t) => ["v", t] as const),
        text.map((t) => ["f", t] as const),
        fc.array(fc.tuple(fc.boolean(), text), { maxLength: 3 }).map((runs) => ["is", runs] as const),
      ),
      { maxLength: 2 },
    ),
  })
  .map(({ p, r, t, s, glued, end, note, body }) => {
    const inner = body
      .map(([kind, x]) =>
        kind === "is"
          ? `<${p}is>${x.map(([phonetic, t2]) => (phonetic ? `<${p}rPh><${p}t>${t2}</${p}t></${p}rPh>` : `<${p}t>${t2}</${p}t>`)).join("")}</${p}is>`
          : `<${p}${kind}>${x}</${p}${kind}>`,
      )
      .join("");
    const attrs = `${r}${glued ? t.trimStart() : t}${s}${note}`;
    return inner ? `<${p}c${attrs}>${inner}</${p}c>` : `<${p}c${attrs}${end}`;
  });
const row = fc
  .record({
    r: attr("r", ["1", "2", "3", "5", "", "0", "x", "1048577"]),
    cells: fc.array(cell, { maxLength: 4 }),
  })
  .map(({ r, cells }) => `<row${r}>${cells.join("")}</row>`);
const sheet = fc
  .record({
    rows: fc.array(row, { maxLength: 5 }),
    merges: fc.array(fc.constantFrom("A1:B2", "B1:B3", "A2", "C1:A3", "bad", "A1:XFD3"), { maxLength: 2 }),
    between: fc.constantFrom("", "\n  ", "<!-- -->"),
  })
  .map(
    ({ rows, merges, between }) =>
      `${SHEET_DECLARATION}<worksheet xmlns="${MAIN}">${between}<sheetData>${rows.join(between)}</sheetData>` +
      (merges.length
        ? `<mergeCells>${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
        : "") +
      "</worksheet>",
  );
const sharedStrings = fc
  .array(fc.array(fc.tuple(fc.boolean(), text), { minLength: 1, maxLength: 3 }), { maxLength: 4 })
  .map((items) =>
    sstOf(
      items
        .map(
          (runs) =>
            `<si>${runs.map(([rich, t]) => (rich ? `<r><rPr><b/></rPr><t>${t}</t></r>` : `<t>${t}</t>`)).join("")}</si>`,
        )
        .join(""),
    ),
  );

/** A sheet damaged at random: a piece cut out, repeated, or replaced by a fragment of markup. */
const damaged = fc
  .tuple(
    sheet,
    fc.nat(),
    fc.nat({ max: 40 }),
    fc.constantFrom(
      "",
      "<",
      ">",
      "</c>",
      "<c>",
      "<row>",
      "</x:row>",
      '"',
      "=",
      "<!--",
      "-->",
      "<!DOCTYPE x>",
      "<a b=c>",
      '<a b="1" b="2">',
      "&",
      "]]>",
      "\u0000",
      "<v>1</v>",
      "</worksheet>",
      "<?x?>",
      "\uFEFF",
    ),
    fc.constantFrom("cut", "repeat", "insert"),
  )
  .map(([xml, at, length, fragment, how]) => {
    const p = at % (xml.length + 1);
    const piece = xml.slice(p, p + length);
    return how === "cut"
      ? xml.slice(0, p) + xml.slice(p + length)
      : how === "repeat"
        ? xml.slice(0, p) + piece + piece + xml.slice(p)
        : xml.slice(0, p) + fragment + xml.slice(p);
  });

describe("the byte scanner on random sheets written by hand", () => {
  it("gives what the XML parser gives, or refuses with the same problem, whatever the pieces the XML comes in", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(sheet, damaged),
        sharedStrings,
        // Small pieces cut tokens everywhere; one whole piece lets the reader take its fast path for whole cells.
        fc.oneof(
          fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
          fc.constant([1 << 20]),
        ),
        async (xml, sst, sizes) => {
          const bytes = bookOf(xml, sst);
          const reference = await outcome(() => readXlsxSaxes(bytes));
          expectSame(
            await outcome(() => readXlsxStream(bytes, { inflate: inflateInPieces(sizes) })),
            reference,
          );
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });
});
