import {
  hostileXlsx,
  inlineCell,
  numberCell,
  repeatedDeflate,
  rowXml,
  SHEET_HEAD,
  SHEET_TAIL,
  sheetXml,
} from "./hostileXlsx";

/**
 * The hostile and unlucky files of issue 16, one builder per category. The small ones are committed to
 * test/fixtures/bad/ by scripts/make-bad-fixtures.ts; the big ones (megabytes on disk, gigabytes declared or
 * inflated) are made by the tests at run time. test/fixtures/bad/README.md says what each is and must produce.
 */

/** Serial numbers of the roster's birth dates in Excel's 1900 system (days since 30/12/1899). */
const serial1900 = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
/** The same days in the 1904 system, as Excel for Mac 2011 stored them by default. */
const serial1904 = (y: number, m: number, d: number) => serial1900(y, m, d) - 1462;

/** Three cadres: STT | Họ và tên | Ngày sinh (a date cell, style 1 = dd/mm/yyyy) | Chức danh. */
const PEOPLE: [name: string, born: [number, number, number], position: string][] = [
  // Born 1/3/1950: 69 in 2019. Read four years early (the 1904 bug) he is 73, past the plausible 70.
  ["Nguyễn Văn Hùng", [1950, 3, 1], "Chủ tịch"],
  ["Trần Thị Lan", [1985, 6, 15], "Phó Chủ tịch"],
  ["Phạm Đức Lợi", [1990, 11, 20], "Ủy viên"],
];

/** A small roster sheet, dates in either date system; `extraRows` go after it. */
export function rosterSheet(
  system: 1900 | 1904 = 1900,
  extraRows: string[] = [],
  merges: string[] = [],
): string {
  const serial = system === 1904 ? serial1904 : serial1900;
  const header = rowXml(
    1,
    ["STT", "Họ và tên", "Ngày sinh", "Chức danh"].map((t, i) => inlineCell(`${"ABCD"[i]}1`, t)),
  );
  const rows = PEOPLE.map(([name, born, position], i) =>
    rowXml(i + 2, [
      numberCell(`A${i + 2}`, i + 1),
      inlineCell(`B${i + 2}`, name),
      numberCell(`C${i + 2}`, serial(...born), 1),
      inlineCell(`D${i + 2}`, position),
    ]),
  );
  return sheetXml([header, ...rows, ...extraRows], merges);
}

const title = rowXml(1, [inlineCell("A1", "DANH SÁCH CÁN BỘ CÔNG ĐOÀN NĂM 2019")]);

/** The small hostile files, by their name in test/fixtures/bad/ (each well under 200 KB). */
export const SMALL_HOSTILE: Record<string, () => Uint8Array> = {
  /** A title and one cell at XFD1048576, the last cell of a sheet: 10^10 cells for a reader that pads rows. */
  "o-cuoi-trang.xlsx": () =>
    hostileXlsx({
      sheets: [
        { name: "Danh sách", xml: sheetXml([title, rowXml(1048576, [inlineCell("XFD1048576", "x")])]) },
      ],
    }),
  /** A title merged over the whole sheet, A1:XFD1048576. */
  "gop-ca-trang.xlsx": () =>
    hostileXlsx({ sheets: [{ name: "Danh sách", xml: sheetXml([title], ["A1:XFD1048576"]) }] }),
  /** A cell at row 2,000,000,000, past Excel's last row. */
  "dong-2-ty.xlsx": () =>
    hostileXlsx({
      sheets: [{ name: "Danh sách", xml: sheetXml([title, rowXml(2e9, [inlineCell("A2000000000", "x")])]) }],
    }),
  /** The roster with one stray value at Z1048576, far below and right of it: still a roster, checked as one. */
  "o-le-cuoi.xlsx": () =>
    hostileXlsx({
      sheets: [
        { name: "Danh sách", xml: rosterSheet(1900, [rowXml(1048576, [inlineCell("A1048576", ".")])]) },
      ],
    }),
  /** xl/worksheets/sheet1.xml (a title) beside XL/WORKSHEETS/SHEET1.XML (the roster): which one is shown? */
  "hoa-thuong.xlsx": () =>
    hostileXlsx({
      sheets: [{ name: "Danh sách", xml: sheetXml([title]) }],
      extra: [{ name: "XL/WORKSHEETS/SHEET1.XML", data: rosterSheet(), deflate: true }],
    }),
  /** The same part name twice. */
  "lap-ten.xlsx": () =>
    hostileXlsx({
      sheets: [{ name: "Danh sách", xml: rosterSheet() }],
      extra: [{ name: "xl/worksheets/sheet1.xml", data: sheetXml([title]), deflate: true }],
    }),
  /** Two sheets pointing at one part. */
  "chung-phan.xlsx": () =>
    hostileXlsx({
      sheets: [
        { name: "Danh sách", xml: rosterSheet(), target: "worksheets/sheet1.xml" },
        { name: "Bản sao", xml: rosterSheet(), target: "worksheets/sheet1.xml" },
      ],
    }),
  /**
   * 3,000 sheets all pointing at one 9 MB part of 600,000 cells (under the size a declared ratio is checked at):
   * read sheet after sheet, 27 GB of XML and 1.8 billion cells.
   */
  "3000-trang.xlsx": () => {
    const part = repeatedDeflate(
      SHEET_HEAD,
      `<row>${"<c><v>1</v></c>".repeat(20)}</row>`.repeat(1000),
      30,
      SHEET_TAIL,
    );
    return hostileXlsx({
      sheets: Array.from({ length: 3000 }, (_, i) => ({
        name: `T${i + 1}`,
        xml: part,
        target: "worksheets/sheet1.xml",
      })),
    });
  },
  /** The roster with every XML part of the workbook in UTF-16 (with a byte-order mark), as some tools save them. */
  "utf16-phan.xlsx": () => hostileXlsx({ sheets: [{ name: "Danh sách", xml: rosterSheet() }], utf16: true }),
  /** The roster followed by 4 KB of bytes after the end of the archive (a download tool's padding). */
  "du-byte.xlsx": () =>
    hostileXlsx({
      sheets: [{ name: "Danh sách", xml: rosterSheet() }],
      trailing: new Uint8Array(4096).map((_, i) => (i * 37) & 0xff),
    }),
  /** The roster as Excel for Mac 2011 saved it by default: the 1904 date system, birth dates as 1904 serials. */
  "nam-1904.xlsx": () =>
    hostileXlsx({ sheets: [{ name: "Danh sách", xml: rosterSheet(1904) }], date1904: true }),
  /** The roster with a fifth header of 100,000 characters (an unknown column), which its finding quotes. */
  "chu-dai.xlsx": () =>
    hostileXlsx({
      sheets: [
        {
          name: "Danh sách",
          xml: rosterSheet().replace(
            "</row>",
            `${inlineCell("E1", "Thông tin khác ".repeat(6_000).slice(0, 100_000))}</row>`,
          ),
        },
      ],
    }),
};

/**
 * A sheet whose zip directory declares 1 MB while its XML holds `rows` rows of 20 numbers (60 MB per million rows
 * … the file held 4.2 GB): a reader that trusts the directory keeps every cell.
 */
export function lyingBomb(rows: number): Uint8Array {
  const unit = `<row>${"<c><v>1</v></c>".repeat(20)}</row>`.repeat(1000);
  return hostileXlsx({
    sheets: [
      {
        name: "Danh sách",
        xml: repeatedDeflate(SHEET_HEAD, unit, Math.ceil(rows / 1000), SHEET_TAIL),
        declaredSize: 1 << 20,
      },
    ],
  });
}

/** One row of `cells` numbers without references, declared at 1 MB (the held 900 MB). */
export function endlessRow(cells: number): Uint8Array {
  const unit = "<c><v>1</v></c>".repeat(10_000);
  return hostileXlsx({
    sheets: [
      {
        name: "Danh sách",
        xml: repeatedDeflate(
          `${SHEET_HEAD}<row r="1">`,
          unit,
          Math.ceil(cells / 10_000),
          `</row>${SHEET_TAIL}`,
        ),
        declaredSize: 1 << 20,
      },
    ],
  });
}

/**
 * `sheets` rosters of 60,000 identical people each (9 MB of XML per sheet: under the declared-ratio check), honest
 * in every way but far too big for a small heap: the file that brings a worker down in the batch test.
 */
export function heavyRoster(sheets: number): Uint8Array {
  const cell = (t: string) => `<c t="inlineStr"><is><t>${t}</t></is></c>`;
  const header = rowXml(
    1,
    ["STT", "Họ và tên", "Năm sinh", "Chức danh"].map((t, i) => inlineCell(`${"ABCD"[i]}1`, t)),
  );
  const one = `<row>${cell("1")}${cell("Nguyễn Văn A")}<c><v>1980</v></c>${cell("Chủ tịch")}</row>`;
  const xml = repeatedDeflate(SHEET_HEAD + header, one.repeat(1000), 60, SHEET_TAIL);
  return hostileXlsx({
    sheets: Array.from({ length: sheets }, (_, i) => ({ name: `Đơn vị ${i + 1}`, xml })),
  });
}
