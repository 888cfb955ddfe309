import type { CellValue } from "../grid";
import { decodeLegacyText, normalizeText, type LegacyEncoding } from "../text";
import { isErrorValue } from "../values";

/** A cell's value ready for parsing: legacy text decoded, Unicode normalised; errors and blanks told apart. */
export type CellReading =
  | { kind: "empty" }
  | { kind: "error"; raw: string }
  | {
      kind: "value";
      value: string | number | boolean;
      legacy?: { encoding: "TCVN3" | "VNI"; decoded: string };
    };

/** Shared: most cells of a roster are blank, and this is read for every one of them. */
const EMPTY: CellReading = Object.freeze({ kind: "empty" });

/**
 * Reads one cell the way a person reads it. Legacy TCVN3/VNI text is decoded (the font name is the best hint, then
 * the encoding the sheet is typed in, then the text itself) so the value can still be understood; the caller
 * reports it as `legacy-encoding` with the decoded text.
 *
 * @example readCell("NguyÔn ThÞ Hoa", ".VnTime") // { kind: "value", value: "Nguyễn Thị Hoa", legacy: { encoding: "TCVN3", … } }
 */
export function readCell(
  raw: CellValue | undefined,
  font?: string,
  sheetEncoding?: LegacyEncoding,
): CellReading {
  if (raw === null || raw === undefined || raw === "") return EMPTY;
  if (typeof raw !== "string") return { kind: "value", value: raw };
  if (isErrorValue(raw)) return { kind: "error", raw };
  const legacy = decodeLegacyText(raw, font, sheetEncoding);
  const text = normalizeText(legacy ? legacy.decoded : raw);
  if (!text) return EMPTY;
  return legacy
    ? { kind: "value", value: text, legacy: { encoding: legacy.encoding, decoded: text } }
    : { kind: "value", value: text };
}

/**
 * Whether `readCell` finds a value in a cell (its text is not blank), told without decoding or normalising it: a
 * legacy font's letters decode to letters and its white space stays white space, so text shows exactly when it is
 * no Excel error and does not normalise to nothing. The header search asks this of most cells it looks at.
 */
export function showsText(raw: CellValue | undefined): boolean {
  if (raw === null || raw === undefined || raw === "") return false;
  return typeof raw !== "string" || (!isErrorValue(raw) && normalizeText(raw) !== "");
}
