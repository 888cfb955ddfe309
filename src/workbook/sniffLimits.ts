/**
 * Size limits checked before a file is handed to ExcelJS. ExcelJS inflates every part in memory and keeps the
 * whole workbook model there (roughly ten times the XML size), so a file must be refused while it is still
 * only bytes: by its own size and by the sizes its zip directory declares.
 */
export interface SniffLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest sum of the uncompressed sizes declared in the zip directory, in bytes. */
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio of one zip entry... */
  maxCompressionRatio: number;
  /** ...checked only for entries at least this large uncompressed (small parts compress wildly and are harmless). */
  ratioCheckMinBytes: number;
}

/**
 * 100 MB. A national roster of a few hundred thousand rows is tens of MB as .xlsx; anything larger is
 * almost certainly not a roster and would not fit in a browser tab once inflated.
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * 512 MB of XML, declared and then really inflated: a 500,000-row roster is about 260 MB, and the cell budget
 * (src/workbook/bounds) stops a roster of about 700,000 rows before this does. It also bounds the time a file
 * whose every size is honest but whose XML holds nothing can take to read: about 15 s here.
 */
export const MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;

/**
 * 200:1. Real sheet XML compresses 5–30 times, very repetitive formatting up to about 100; deflate's own ceiling
 * is about 1032:1, which is what a zip bomb (runs of zeros or of one repeated tag) reaches.
 */
export const MAX_COMPRESSION_RATIO = 200;

/** 10 MB: below this an entry cannot hurt, whatever its ratio. */
export const RATIO_CHECK_MIN_BYTES = 10 * 1024 * 1024;

export const DEFAULT_SNIFF_LIMITS: Readonly<SniffLimits> = Object.freeze({
  maxFileBytes: MAX_FILE_BYTES,
  maxUncompressedBytes: MAX_UNCOMPRESSED_BYTES,
  maxCompressionRatio: MAX_COMPRESSION_RATIO,
  ratioCheckMinBytes: RATIO_CHECK_MIN_BYTES,
});
