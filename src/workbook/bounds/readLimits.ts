import { DEFAULT_SNIFF_LIMITS, type SniffLimits } from "../sniffLimits";

/**
 * What reading one submitted file may cost, whatever the file says about itself. The sniffer's limits (file size,
 * declared sizes) are checked before anything is inflated; these are checked while the file is read, on what it
 * really holds, so a file that lies about its sizes is stopped as soon as the lie shows. Every limit reached is a
 * sentence for the user (an `unreadable-file` finding), never a crash, in the command and in the page alike.
 */
export interface ReadLimits extends SniffLimits {
  /** Columns a roster sheet may use: a value further right refuses the file. */
  maxColumns: number;
  /** Rows a sheet may have (Excel's own limit): a row further down refuses the file. */
  maxRows: number;
  /**
   * Cells kept for the whole file: each row counts its cells up to its last value (the rows are cut there, so a
   * lone cell far away costs one row, not a rectangle), plus one per row and one per row a merged area spans.
   */
  maxCells: number;
  /** Characters of text kept for the whole file (shared strings once, inline strings each time). */
  maxTextChars: number;
  /** Sheets in one workbook. */
  maxSheets: number;
  /** Longest piece of XML read at once without markup (one text, one tag, one comment). */
  maxXmlToken: number;
}

/** 1,024 columns (AMJ): a roster has 20–40, the national member software's exports about a hundred. */
export const MAX_COLUMNS = 1024;

/** Excel's 1,048,576 rows. */
export const MAX_ROWS = 1_048_576;

/**
 * 16 million cells: a 500,000-row roster of 22 columns keeps 11 million. A cell costs 8–32 bytes kept (more when
 * each holds its own number and font), so this bounds what the rows of one file hold to about half a gigabyte.
 */
export const MAX_CELLS = 16_000_000;

/** 64 million characters (128 MB as the browser and Node keep text): a 500,000-row roster holds about 15 million. */
export const MAX_TEXT_CHARS = 64_000_000;

/** 1,000 sheets: a workbook of one sheet per district or province has tens. */
export const MAX_SHEETS = 1000;

/** 1 million characters: an Excel cell holds at most 32,767, a formula 8,192; markup around them is short. */
export const MAX_XML_TOKEN = 1_000_000;

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  ...DEFAULT_SNIFF_LIMITS,
  maxColumns: MAX_COLUMNS,
  maxRows: MAX_ROWS,
  maxCells: MAX_CELLS,
  maxTextChars: MAX_TEXT_CHARS,
  maxSheets: MAX_SHEETS,
  maxXmlToken: MAX_XML_TOKEN,
});
