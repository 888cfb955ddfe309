import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../helpers/cli";
import { pdfPages, type PdfPage } from "../helpers/pdfPages";
import { convertWithSoffice, sofficeForTests } from "../helpers/soffice";
import { readZipText, zipNames } from "../helpers/zipReader";

/**
 * Reports printed through LibreOffice, as a federation would print them to sign and send — the demo report over the
 * samples, and a report over the real-layout corpus (18 workbooks in every layout, test/fixtures/rosters): every page
 * A4 in the orientation planned, no text below 10 pt (read from the PDF: the size of each piece of text as printed,
 * scale and fonts included), the official header, page numbers from page 2, and exactly the pages the layout planned
 * (so no unit's rows, total or signature was cut by a break LibreOffice had to add). The pages are kept as PNGs in
 * test-output/report-pages/ and test-output/report-pages-corpus/ to be looked at.
 */

const soffice = sofficeForTests("reportPrint.test.ts");
const describeIfSoffice = soffice ? describe : describe.skip;
const OUTPUT = path.join(__dirname, "..", "..", "test-output");

/** Sheets of a report, in order, with the orientation their width calls for. */
const sheetsOf = (year: number): [string, "portrait" | "landscape"][] => [
  ["Thông tin báo cáo", "portrait"],
  ["KQ Kiểm tra", "landscape"],
  [`Chỉ tiêu ${year}`, "landscape"],
  [`Phụ lục ${year}`, "landscape"],
  [`Thống kê ${year}`, "landscape"],
  ["Phụ lục 2016-2020", "landscape"],
];

const SETTINGS = [
  "--parent",
  "Tổng LĐLĐ Việt Nam",
  "--org",
  "Liên đoàn Lao động tỉnh Bến Tre",
  "--place",
  "Bến Tre",
  "--signer",
  "Nguyễn Văn A",
  "--preparer",
  "Trần Thị B",
];

const A4 = [595.3, 841.9];
/** The page number sits in the top margin (10 mm from the edge; the body starts at 20 mm). */
const isPageNumber = (p: PdfPage, s: string) => (t: PdfPage["texts"][number]) =>
  t.str.trim() === s && t.y > p.height - 20 * 2.835;

describeIfSoffice.each([
  {
    name: "the demo report",
    year: 2019,
    onePageInfo: true,
    pngs: "report-pages",
    inputs: [
      "samples/danh-sach-can-bo-tinh-2019.xlsx",
      "samples/cdcs-truong-thcs-an-thoi.xlsx",
      "--previous",
      "samples/danh-sach-can-bo-tinh-2018.xlsx",
      "--finance",
      "samples/kinh-phi.xlsx",
    ],
  },
  {
    name: "a report over the real-layout corpus",
    year: 2020,
    onePageInfo: false,
    pngs: "report-pages-corpus",
    inputs: ["test/fixtures/rosters"],
  },
])("$name printed through LibreOffice", ({ year, onePageInfo, pngs, inputs }) => {
  const SHEETS = sheetsOf(year);
  const PNG_DIR = path.join(OUTPUT, pngs);
  const dir = mkdtempSync(path.join(os.tmpdir(), "canbo-print-"));
  const xlsx = path.join(dir, `bao-cao-${year}.xlsx`);
  let pages: PdfPage[] = [];
  /** Pages of each sheet: a page without a number in its top margin starts the next sheet. */
  const bySheet: PdfPage[][] = [];
  /** Manual page breaks the layout wrote into each sheet. */
  let planned: number[] = [];

  beforeAll(async () => {
    const r = runCli(["report", ...inputs, "--year", String(year), ...SETTINGS, "--out", xlsx]);
    expect(r.code).toBe(1); // errors were planted in every input
    const bytes = new Uint8Array(readFileSync(xlsx));
    planned = zipNames(bytes)
      .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
      .map((n) => (readZipText(bytes, n)?.match(/<brk /g) ?? []).length);
    const pdf = await convertWithSoffice(soffice as string, xlsx, "pdf", dir);
    pages = pdfPages(pdf);
    for (const p of pages) {
      const numbered = p.texts.some((t) => /^\d+$/.test(t.str.trim()) && isPageNumber(p, t.str.trim())(t));
      if (!numbered) bySheet.push([]);
      bySheet[bySheet.length - 1].push(p);
    }
    rmSync(PNG_DIR, { recursive: true, force: true });
    mkdirSync(PNG_DIR, { recursive: true });
    try {
      execFileSync("pdftoppm", ["-r", "60", "-png", pdf, path.join(PNG_DIR, "page")]);
    } catch {
      console.warn("reportPrint.test.ts: pdftoppm (poppler-utils) not found; no PNGs written.");
    }
  }, 240_000);

  it("prints every sheet, each on the pages its layout planned, and nothing else", () => {
    expect(bySheet).toHaveLength(SHEETS.length);
    expect(planned).toHaveLength(SHEETS.length);
    // LibreOffice added no break of its own: no block was cut where the layout did not plan a page
    expect(bySheet.map((p) => p.length)).toEqual(planned.map((breaks) => breaks + 1));
    // "Thông tin báo cáo" of two files is one page; of eighteen, a line per file and sheet runs on
    if (onePageInfo) expect(bySheet[0]).toHaveLength(1);
  });

  it("prints on A4, each sheet in its orientation", () => {
    bySheet.forEach((sheetPages, i) => {
      for (const p of sheetPages) {
        const [short, long] = [Math.min(p.width, p.height), Math.max(p.width, p.height)];
        expect([SHEETS[i][0], Math.round(short * 10) / 10, Math.round(long * 10) / 10]).toEqual([
          SHEETS[i][0],
          ...A4,
        ]);
        expect([SHEETS[i][0], p.width > p.height ? "landscape" : "portrait"]).toEqual(SHEETS[i]);
      }
    });
  });

  it("prints no text smaller than 10 pt on any page", () => {
    const smallest = pages.map((p) => Math.min(...p.texts.map((t) => t.size)));
    expect(Math.min(...smallest)).toBeGreaterThanOrEqual(10 - 0.01);
    // and the body of the tables is not blown up either: Times New Roman 11 pt at a scale of at least 91 %
    expect(Math.min(...smallest)).toBeLessThanOrEqual(11.01);
  });

  it("numbers pages from 2, centred at the top; the first page of each sheet has none", () => {
    for (const sheetPages of bySheet)
      sheetPages.forEach((p, k) => {
        if (k === 0) return;
        const number = p.texts.find(isPageNumber(p, String(k + 1)));
        expect(number).toBeDefined();
        expect(Math.abs(number!.x - p.width / 2)).toBeLessThan(40);
      });
  });

  it("opens each official sheet with the header: issuer under its parent, Quốc hiệu, Tiêu ngữ; the plan with the Party's", () => {
    bySheet.forEach((sheetPages, i) => {
      // a long issuer's name may wrap onto two lines, as the rules allow
      const text = sheetPages[0].texts.map((t) => t.str.trim()).join(" ");
      if (SHEETS[i][0] === "Phụ lục 2016-2020") {
        expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
        expect(text).toContain("Bến Tre, ngày 29 tháng 4 năm 2016");
        expect(text).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      } else {
        for (const line of [
          "TỔNG LĐLĐ VIỆT NAM",
          "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc",
        ])
          expect([SHEETS[i][0], text.includes(line)]).toEqual([SHEETS[i][0], true]);
      }
    });
  });

  it("keeps each unit's rows on one page, and the signature with the last rows", () => {
    const attainment = bySheet[2];
    for (const p of attainment) {
      const codes = p.texts.map((t) => t.str.trim());
      const count = (c: string) => codes.filter((x) => x === c).length;
      expect(count("I1")).toBe(count("I6"));
    }
    for (const [i, lastRows] of [
      [2, "Tổng cộng"],
      [3, "Tổng cộng"],
      [4, "lũy kế"], // the last row: "Đã tập huấn nghiệp vụ công đoàn (lũy kế đến <year>)"
    ] as const) {
      const signed = bySheet[i].filter((p) => p.texts.some((t) => t.str.includes("TM. BAN THƯỜNG VỤ")));
      expect(signed).toHaveLength(1);
      expect([SHEETS[i][0], signed[0].texts.some((t) => t.str.includes(lastRows))]).toEqual([
        SHEETS[i][0],
        true,
      ]);
      expect(signed[0].texts.some((t) => t.str.includes("Nguyễn Văn A"))).toBe(true);
    }
  });

  it("keeps PNGs of the pages to look at", () => {
    if (!existsSync(PNG_DIR)) return;
    const pngs = readdirSync(PNG_DIR);
    if (pngs.length) expect(pngs).toHaveLength(pages.length);
  });
});
