import { foldKey } from "./foldKey";
import { TCVN3 } from "./tcvn3Table";
import { VNI_BREVE, VNI_CIRCUMFLEX, VNI_SINGLE, VNI_TONE } from "./vniTable";

export type LegacyEncoding = "TCVN3" | "VNI";

/**
 * TCVN3 text (read back as Latin-1 characters) to Unicode NFC. With a capital font (".VnTimeH") the same
 * codes are drawn as capitals, so the result is upper-cased.
 *
 * @example decodeTcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam") // "Cộng hoà xã hội chủ nghĩa Việt Nam"
 */
export function decodeTcvn3(text: string, options: { capitals?: boolean } = {}): string {
  let out = "";
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  out = out.normalize("NFC");
  return options.capitals ? out.toLocaleUpperCase("vi") : out;
}

const VOWEL = /[aeiouyAEIOUY]/;
const CIRCUMFLEX_BASE = /[aeoAEO]/;
const BREVE_BASE = /[aA]/;

/**
 * VNI-Windows text (a letter plus a separate modifier byte, read back as Latin-1) to Unicode NFC.
 *
 * @example decodeVni("Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam") // "Cộng hoà xã hội chủ nghĩa Việt Nam"
 */
export function decodeVni(text: string): string {
  let out = "";
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const next = chars[i + 1];
    const single = VNI_SINGLE.get(ch);
    const base = single ?? ch;
    if (
      next !== undefined &&
      (VOWEL.test(ch) || single === "ơ" || single === "Ơ" || single === "ư" || single === "Ư")
    ) {
      const mark =
        (CIRCUMFLEX_BASE.test(ch) ? VNI_CIRCUMFLEX.get(next) : undefined) ??
        (BREVE_BASE.test(ch) ? VNI_BREVE.get(next) : undefined) ??
        VNI_TONE.get(next);
      if (mark) {
        out += base + mark;
        i++;
        continue;
      }
    }
    out += base;
  }
  return out.normalize("NFC");
}

/**
 * Whether a text is legacy-encoded Vietnamese. The cell's font is the strongest hint (".Vn…" → TCVN3, "VNI-…" →
 * VNI); otherwise the text must carry the marks of one encoding. Text with any character beyond Latin-1 is
 * Unicode, and plain ASCII is the same in every encoding: neither is ever legacy.
 *
 * @example detectLegacy("NguyÔn ThÞ Hoa") // "TCVN3"
 * @example detectLegacy("Nguyễn Thị Hoa") // undefined
 */
export function detectLegacy(
  text: string,
  fontName?: string,
  sheetEncoding?: LegacyEncoding,
): LegacyEncoding | undefined {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return undefined;
    if (c >= 0xa0) high = true;
  }
  if (!high) return undefined;
  const font = legacyFont(fontName);
  if (font) return font;
  const tcvn = tcvn3Signals(text);
  const vni = vniSignals(text);
  if (tcvn === 0 && vni === 0) return undefined;
  // In a sheet typed in one legacy encoding, a cell without a legacy font is most likely in the same one.
  const guess: LegacyEncoding =
    sheetEncoding === "TCVN3" && tcvn > 0
      ? "TCVN3"
      : sheetEncoding === "VNI" && vni > 0
        ? "VNI"
        : vni > tcvn
          ? "VNI"
          : "TCVN3";
  // Without a font to vouch for it, the decoded words must read as Vietnamese ("Müller" is not "Mỹller").
  return readsAsVietnamese(text, guess === "VNI" ? decodeVni(text) : decodeTcvn3(text)) ? guess : undefined;
}

/** The encoding a font name vouches for: ".VnTime", ".VnArialH" → TCVN3; "VNI-Times" → VNI. */
export function legacyFont(fontName?: string): LegacyEncoding | undefined {
  if (!fontName) return undefined;
  const font = fontName.trim().toLowerCase();
  if (font.startsWith(".vn")) return "TCVN3";
  if (font.startsWith("vni")) return "VNI";
  return undefined;
}

/** Capital TCVN3 fonts end in H: ".VnTimeH", ".VnArialH". */
export function isCapitalFont(fontName?: string): boolean {
  // Runs for every text cell: most fonts start with a letter, and are told apart without a regular expression.
  if (fontName === undefined) return false;
  const letter = fontName.charCodeAt(0) | 0x20;
  return !(letter >= 0x61 && letter <= 0x7a) && /^\s*\.vn.*h\s*$/i.test(fontName);
}

/**
 * Detects and decodes in one call — the reader's entry point, run on every text cell, so the common case
 * (ASCII or Unicode text) returns after one scan.
 *
 * @example decodeLegacyText("Vieät Nam") // { encoding: "VNI", decoded: "Việt Nam" }
 */
export function decodeLegacyText(
  text: string,
  fontName?: string,
  sheetEncoding?: LegacyEncoding,
): { encoding: LegacyEncoding; decoded: string } | undefined {
  const encoding = detectLegacy(text, fontName, sheetEncoding);
  if (!encoding) {
    // Plain letters in a capitals font (".VnTimeH") are drawn as capitals too: "stt" reads "STT".
    if (!isCapitalFont(fontName) || !/[a-z]/.test(text)) return undefined;
    return { encoding: "TCVN3", decoded: text.toLocaleUpperCase("vi") };
  }
  const decoded =
    encoding === "TCVN3" ? decodeTcvn3(text, { capitals: isCapitalFont(fontName) }) : decodeVni(text);
  return decoded === text ? undefined : { encoding, decoded };
}

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

/** Most words the decoding changed are Vietnamese syllables. */
function readsAsVietnamese(before: string, after: string): boolean {
  const a = before.split(/\s+/);
  const b = after.split(/\s+/);
  if (a.length !== b.length) return false;
  let changed = 0;
  let valid = 0;
  a.forEach((w, i) => {
    if (w === b[i]) return;
    changed++;
    if (SYLLABLE.test(foldKey(b[i]).replace(/\s/g, ""))) valid++;
  });
  return changed > 0 && valid * 2 >= changed;
}

/** Latin-1 letters that Unicode Vietnamese itself uses ("Toàn", "Xuân", "Lê"): alone they prove nothing. */
const UNICODE_VIETNAMESE = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
/** After o, these follow in real Unicode words (hoà, khoá, choãi, hoè, khoé), so they are no VNI sign there. */
const AFTER_O_IN_UNICODE = "àáãèéÀÁÃÈÉ";

// What each of the 256 Latin-1 characters is to the two encodings, as bits. The signals are counted only on text with
// nothing beyond U+00FF, and for every text cell with a Latin-1 letter ("Lê Thu Mai"): one table read a character,
// not a spread into an array and a regular expression each.
const IN_TCVN3 = 1;
const VIETNAMESE_LETTER = 2;
const UPPER = 4;
const LOWER_ASCII = 8;
const VNI_ONE_BYTE = 16;
const VNI_CIRCUMFLEX_MARK = 32;
const VNI_BREVE_MARK = 64;
const VNI_TONE_MARK = 128;
const VOWEL_LETTER = 256;
const CIRCUMFLEX_LETTER = 512;
const BREVE_LETTER = 1024;
const LETTER_O = 2048;
const AFTER_O = 4096;

const LATIN1: Uint16Array = (() => {
  const bits = new Uint16Array(256);
  for (let c = 0; c < 256; c++) {
    const ch = String.fromCharCode(c);
    const flag = (yes: boolean, bit: number) => (yes ? bit : 0);
    bits[c] =
      flag(TCVN3.has(ch), IN_TCVN3) |
      flag(UNICODE_VIETNAMESE.includes(ch), VIETNAMESE_LETTER) |
      flag(ch !== ch.toLowerCase(), UPPER) |
      flag(c >= 0x61 && c <= 0x7a, LOWER_ASCII) |
      flag(VNI_SINGLE.has(ch), VNI_ONE_BYTE) |
      flag(VNI_CIRCUMFLEX.has(ch), VNI_CIRCUMFLEX_MARK) |
      flag(VNI_BREVE.has(ch), VNI_BREVE_MARK) |
      flag(VNI_TONE.has(ch), VNI_TONE_MARK) |
      flag(VOWEL.test(ch), VOWEL_LETTER) |
      flag(CIRCUMFLEX_BASE.test(ch), CIRCUMFLEX_LETTER) |
      flag(BREVE_BASE.test(ch), BREVE_LETTER) |
      flag(ch === "o" || ch === "O", LETTER_O) |
      flag(AFTER_O_IN_UNICODE.includes(ch), AFTER_O);
  }
  return bits;
})();

/** TCVN3 letters Unicode Vietnamese does not use, and toned capitals inside a lower-case word. Latin-1 text only. */
function tcvn3Signals(text: string): number {
  let n = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const bits = LATIN1[text.charCodeAt(i)];
    if (bits & IN_TCVN3) {
      if (!(bits & VIETNAMESE_LETTER)) n++;
      // TCVN3 puts lower-case toned letters on Latin-1 capitals: "ChÝ", "NguyÔn" — a capital inside a lower-case word.
      else if (bits & UPPER && prev & LOWER_ASCII) n++;
    }
    prev = bits;
  }
  return n;
}

/**
 * A vowel followed by a VNI modifier that no Unicode Vietnamese word has there ("Vieät", "Traàn", but not "Toàn"),
 * or a letter VNI writes as one byte that Unicode Vietnamese never uses ("Ñ" for Đ, "ö" for ư). Latin-1 text only.
 */
function vniSignals(text: string): number {
  let n = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const bits = LATIN1[text.charCodeAt(i)];
    if (bits & VNI_ONE_BYTE && !(bits & VIETNAMESE_LETTER)) n++;
    const modifier =
      (prev & CIRCUMFLEX_LETTER && bits & VNI_CIRCUMFLEX_MARK) ||
      (prev & BREVE_LETTER && bits & VNI_BREVE_MARK) ||
      (prev & (VOWEL_LETTER | VNI_ONE_BYTE) && bits & VNI_TONE_MARK);
    if (modifier && !(prev & LETTER_O && bits & AFTER_O)) n++;
    prev = bits;
  }
  return n;
}
