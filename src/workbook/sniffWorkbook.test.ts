import { deflateRawSync } from "node:zlib";
import { buildCfb } from "../../test/helpers/cfbWriter";
import { xlsxBytes } from "../../test/helpers/excelFiles";
import { buildZip } from "../../test/helpers/zipWriter";
import { MAX_FILE_BYTES } from "./sniffLimits";
import { sniffWorkbook } from "./sniffWorkbook";

const problem = (bytes: Uint8Array, limits = {}) => {
  const r = sniffWorkbook(bytes, limits);
  return r.ok ? "ok" : r.problem;
};

/** The parts an .xlsx needs to pass sniffing (content does not matter before ExcelJS). */
const xlsxParts = [
  { name: "[Content_Types].xml", data: "<Types/>" },
  { name: "xl/workbook.xml", data: "<workbook/>", deflate: true },
];

/** Deterministic "random" bytes (a linear congruential generator), so a failure can be replayed. */
function noise(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

describe("sniffWorkbook", () => {
  it("accepts a real workbook written by ExcelJS", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("DS").getCell("A1").value = "Họ và tên";
    });
    expect(sniffWorkbook(bytes)).toEqual({ ok: true });
    expect(sniffWorkbook(new Uint8Array(bytes).buffer)).toEqual({ ok: true });
  });

  it("calls a zero-byte file empty", () => {
    expect(problem(new Uint8Array(0))).toBe("empty");
  });

  it("refuses a file over the size limit without looking inside", () => {
    expect(problem(new Uint8Array(MAX_FILE_BYTES + 1))).toBe("too-large");
    const small = buildZip(xlsxParts);
    expect(problem(small, { maxFileBytes: small.length - 1 })).toBe("too-large");
    expect(problem(small, { maxFileBytes: small.length })).toBe("ok");
  });

  describe("OLE compound files", () => {
    it("calls a CFB with a Workbook stream a legacy .xls", () => {
      expect(problem(buildCfb(["Workbook", "\u0005SummaryInformation"]))).toBe("legacy-xls");
      expect(problem(buildCfb(["Book"]))).toBe("legacy-xls");
    });

    it("calls a CFB holding EncryptionInfo / EncryptedPackage a password-protected workbook", () => {
      const r = sniffWorkbook(buildCfb(["EncryptionInfo", "EncryptedPackage"]));
      expect(r).toEqual({ ok: false, problem: "encrypted", detail: "password-protected workbook" });
      expect(problem(buildCfb(["EncryptedPackage"]))).toBe("encrypted");
    });

    it("finds the stream names even when the directory cannot be followed", () => {
      // Header only, then the name as UTF-16LE: the directory sector number points nowhere.
      const header = buildCfb([]).slice(0, 512);
      new DataView(header.buffer).setUint32(0x30, 999, true);
      const name = Buffer.from("EncryptionInfo", "utf16le");
      expect(problem(new Uint8Array(Buffer.concat([header, Buffer.alloc(64), name])))).toBe("encrypted");
      expect(problem(header)).toBe("legacy-xls");
    });

    it("does not call a Word .doc a spreadsheet", () => {
      expect(problem(buildCfb(["WordDocument", "1Table"]))).toBe("not-a-workbook");
    });
  });

  describe("text files", () => {
    it("calls UTF-8 text a CSV, with or without a byte-order mark", () => {
      expect(problem(Buffer.from("STT,Họ và tên,Năm sinh\r\n1,Nguyễn Văn A,1980\r\n"))).toBe("csv");
      expect(problem(Buffer.from("\uFEFFSTT;Họ và tên\n1;Trần Thị B\n"))).toBe("csv");
    });

    it("calls UTF-16 text a CSV (Excel's 'Unicode text' export), with and without a mark", () => {
      const body = "STT\tHọ và tên\r\n1\tLê Văn C\r\n";
      expect(problem(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")]))).toBe("csv");
      expect(problem(Buffer.from(body, "utf16le"))).toBe("csv");
      const be = Buffer.from(body, "utf16le").swap16();
      expect(problem(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe("csv");
    });

    it("calls Windows-1258 text a CSV", () => {
      // "Nguyễn Văn A,Chủ tịch" in code page 1258: ê = EA + combining tilde DE, ă = E3, ủ = u + hook D2.
      const line = [
        ...Buffer.from("Nguy"),
        0xea,
        0xde,
        ...Buffer.from("n V"),
        0xe3,
        ...Buffer.from("n A,Ch"),
        0x75,
        0xd2,
        ...Buffer.from(" t"),
        0xec,
        0xf2,
        ...Buffer.from("ch\r\n"),
      ];
      expect(
        problem(
          new Uint8Array([
            ...Buffer.from("STT,H"),
            0xf4,
            0xec,
            ...Buffer.from(" t"),
            0xea,
            0xf2,
            ...Buffer.from("n\r\n"),
            ...line,
          ]),
        ),
      ).toBe("csv");
    });

    it("calls an HTML table saved as .xls, or a PDF, not a workbook", () => {
      expect(
        sniffWorkbook(Buffer.from("<html><body><table><tr><td>1</td></tr></table></body></html>")),
      ).toEqual({
        ok: false,
        problem: "not-a-workbook",
        detail: "html/xml",
      });
      expect(problem(Buffer.from('  <?xml version="1.0"?><Workbook/>'))).toBe("not-a-workbook");
      expect(problem(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toBe("not-a-workbook");
    });
  });

  it("calls random bytes not a workbook", () => {
    expect(problem(noise(4096))).toBe("not-a-workbook");
    expect(problem(noise(100, 7))).toBe("not-a-workbook");
  });

  describe("zip files", () => {
    it("calls a zip cut short corrupted", async () => {
      const bytes = await xlsxBytes((wb) => {
        wb.addWorksheet("DS").getCell("A1").value = 1;
      });
      expect(problem(bytes.subarray(0, bytes.length - 30))).toBe("corrupted");
      expect(problem(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe("corrupted");
    });

    it("calls a zip whose directory points outside the file corrupted", () => {
      const bytes = buildZip(xlsxParts);
      const view = new DataView(bytes.buffer, bytes.byteOffset);
      view.setUint32(bytes.length - 6, bytes.length + 100, true);
      expect(sniffWorkbook(bytes)).toEqual({
        ok: false,
        problem: "corrupted",
        detail: "central directory outside the file",
      });
    });

    it("calls an OpenDocument spreadsheet ods", () => {
      const ods = buildZip([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" },
        { name: "content.xml", data: "<office:document-content/>", deflate: true },
        { name: "META-INF/manifest.xml", data: "<manifest/>", deflate: true },
      ]);
      expect(sniffWorkbook(ods)).toEqual({
        ok: false,
        problem: "ods",
        detail: "application/vnd.oasis.opendocument.spreadsheet",
      });
      const deflatedMime = buildZip([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", deflate: true },
        { name: "content.xml", data: "<x/>" },
      ]);
      expect(problem(deflatedMime)).toBe("ods");
    });

    it("calls other zips (Word, OpenDocument text, .xlsb) not a workbook", () => {
      expect(problem(buildZip([{ name: "word/document.xml", data: "<w:document/>" }]))).toBe(
        "not-a-workbook",
      );
      expect(problem(buildZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.text" }]))).toBe(
        "not-a-workbook",
      );
      expect(sniffWorkbook(buildZip([{ name: "xl/workbook.bin", data: "x" }]))).toEqual({
        ok: false,
        problem: "not-a-workbook",
        detail: "xlsb",
      });
      expect(problem(buildZip([]))).toBe("not-a-workbook");
    });

    it("calls a zip with encrypted entries encrypted", () => {
      expect(problem(buildZip([{ name: "xl/workbook.xml", data: "<workbook/>", flags: 1 }]))).toBe(
        "encrypted",
      );
    });

    it("refuses huge declared sizes as a zip bomb, without inflating", () => {
      const bomb = buildZip([
        ...xlsxParts,
        { name: "xl/worksheets/sheet1.xml", data: "<x/>", declaredSize: 0xfffffff0 },
      ]);
      expect(problem(bomb)).toBe("zip-bomb");
      // Many entries, each plausible, together over the limit.
      const many = buildZip([
        ...xlsxParts,
        ...[1, 2, 3].map((i) => ({
          name: `xl/worksheets/sheet${i}.xml`,
          data: "<x/>",
          declaredSize: 200 * 1024 * 1024,
        })),
      ]);
      const noRatio = { maxCompressionRatio: Infinity };
      expect(sniffWorkbook(many, noRatio)).toEqual({
        ok: false,
        problem: "zip-bomb",
        detail: "600.0 MB uncompressed > 512.0 MB",
      });
      expect(problem(many, { ...noRatio, maxUncompressedBytes: 2 * 1024 * 1024 * 1024 })).toBe("ok");
    });

    it("refuses an entry with an extreme compression ratio", () => {
      const zeros = new Uint8Array(20 * 1024 * 1024);
      expect(deflateRawSync(zeros).length).toBeLessThan(zeros.length / 500);
      const bomb = buildZip([...xlsxParts, { name: "xl/worksheets/sheet1.xml", data: zeros, deflate: true }]);
      const r = sniffWorkbook(bomb);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.problem).toBe("zip-bomb");
      expect(!r.ok && r.detail).toMatch(/^xl\/worksheets\/sheet1\.xml: 20\.0 MB from 0\.0 MB$/);
      // The same entry is fine when the limits allow it.
      expect(problem(bomb, { maxCompressionRatio: 5000 })).toBe("ok");
    });

    it("reads zip64 directories", () => {
      expect(problem(buildZip(xlsxParts, { zip64: true }))).toBe("ok");
      expect(problem(buildZip([{ name: "word/document.xml", data: "<w/>" }], { zip64: true }))).toBe(
        "not-a-workbook",
      );
    });
  });
});
