import type { FileProblem } from "../core/findings";
import { containsUtf16, listCfbNames, looksLikeCfb } from "./cfbDirectory";
import { DEFAULT_SNIFF_LIMITS, type SniffLimits } from "./sniffLimits";
import { sniffText } from "./textSniff";
import { PartIndex } from "./bounds/partNames";
import { WorkbookError } from "./port";
import { looksLikeZip, readStoredEntry, readZipDirectory, type ZipEntry } from "./zipDirectory";

/**
 * Decides from the bytes alone whether a file can be given to ExcelJS, and if not, which sentence the user
 * needs ("this is an old .xls", "remove the password", "this is a CSV" …). Nothing is inflated, so a zip bomb
 * or a 2 GB upload costs no memory. Browser-safe.
 */

export type SniffResult = { ok: true } | { ok: false; problem: FileProblem; detail?: string };

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
const WORKBOOK_PART = "xl/workbook.xml";

export function sniffWorkbook(
  input: Uint8Array | ArrayBuffer,
  limits: Partial<SniffLimits> = {},
): SniffResult {
  const lim: SniffLimits = { ...DEFAULT_SNIFF_LIMITS, ...limits };
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);

  if (bytes.length === 0) return fail("empty", "0 bytes");
  if (bytes.length > lim.maxFileBytes)
    return fail("too-large", `${mb(bytes.length)} > ${mb(lim.maxFileBytes)}`);
  if (looksLikeZip(bytes)) return sniffZip(bytes, lim);
  if (looksLikeCfb(bytes)) return sniffCfb(bytes);
  // PDF starts with a text line but is binary further on; say so at once rather than trust a short sample.
  if (startsWithAscii(bytes, "%PDF")) return fail("not-a-workbook", "pdf");
  const text = sniffText(bytes);
  if (text === "text") return fail("csv");
  if (text === "markup") return fail("not-a-workbook", "html/xml");
  return fail("not-a-workbook");
}

function sniffZip(bytes: Uint8Array, lim: SniffLimits): SniffResult {
  const dir = readZipDirectory(bytes);
  if (dir.kind === "truncated") return fail("corrupted", "zip end record missing (file cut short)");
  if (dir.kind === "invalid") return fail("corrupted", dir.detail);
  const entries = dir.entries;

  const bomb = findBomb(entries, lim);
  if (bomb) return fail("zip-bomb", bomb);

  // Parts are found as Excel finds them, ignoring case; two entries naming one part make the file ambiguous.
  let byName: PartIndex;
  try {
    byName = PartIndex.of(entries);
  } catch (e) {
    if (e instanceof WorkbookError) return fail("ambiguous-parts", e.message.slice(e.problem.length + 2));
    throw e;
  }

  const mimetype = byName.get("mimetype");
  if (mimetype) {
    const raw = readStoredEntry(bytes, mimetype);
    const mime = raw ? new TextDecoder("ascii").decode(raw).trim() : "";
    // ODF requires "mimetype" stored; a deflated one is still an OpenDocument file when content.xml is there.
    if (mime.startsWith(ODS_MIME) || (!raw && byName.has("content.xml") && !byName.has(WORKBOOK_PART)))
      return fail("ods", mime || undefined);
    if (mime.startsWith("application/vnd.oasis.opendocument")) return fail("not-a-workbook", mime);
  }

  const workbook = byName.get(WORKBOOK_PART);
  if (!workbook) return fail("not-a-workbook", byName.has("xl/workbook.bin") ? "xlsb" : "no xl/workbook.xml");
  if (workbook.flags & 1) return fail("encrypted", "zip entries encrypted");
  return { ok: true };
}

/** A reason to refuse the zip for its declared sizes, or undefined. Declared sizes can lie; the reader checks again. */
function findBomb(entries: readonly ZipEntry[], lim: SniffLimits): string | undefined {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (
      e.uncompressedSize >= lim.ratioCheckMinBytes &&
      e.uncompressedSize > Math.max(e.compressedSize, 1) * lim.maxCompressionRatio
    ) {
      return `${e.name}: ${mb(e.uncompressedSize)} from ${mb(e.compressedSize)}`;
    }
  }
  return total > lim.maxUncompressedBytes
    ? `${mb(total)} uncompressed > ${mb(lim.maxUncompressedBytes)}`
    : undefined;
}

function sniffCfb(bytes: Uint8Array): SniffResult {
  const names = listCfbNames(bytes);
  const has = (n: string) => (names ? names.includes(n) : containsUtf16(bytes, n));
  if (has("EncryptionInfo") || has("EncryptedPackage"))
    return fail("encrypted", "password-protected workbook");
  // A directory that reads well but holds no workbook stream is a .doc, .msg …; an unreadable one is most likely an .xls.
  if (names && !names.includes("Workbook") && !names.includes("Book"))
    return fail("not-a-workbook", "OLE file without a workbook");
  return fail("legacy-xls");
}

function fail(problem: FileProblem, detail?: string): SniffResult {
  return detail === undefined ? { ok: false, problem } : { ok: false, problem, detail };
}

function startsWithAscii(bytes: Uint8Array, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (bytes[i] !== s.charCodeAt(i)) return false;
  return true;
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
