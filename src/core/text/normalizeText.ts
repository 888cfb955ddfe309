/**
 * Cleans text the way a careful clerk would read it: Unicode NFC (so NFD "Nguyễn" equals NFC "Nguyễn"),
 * non-breaking and zero-width spaces turned into plain ones or removed, runs of white space folded, ends trimmed.
 *
 * @example normalizeText("  Nguye\u0303n\u00a0 Văn  A ") // "Nguyễn Văn A"
 */
export function normalizeText(text: string): string {
  // Most cells are already clean: NFC (no combining marks), single spaces, no edges to trim. Skip the work then.
  if (scanText(text) !== NEEDS_WORK) return text;
  return text
    .normalize("NFC")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/**
 * Whether a cell's text is read exactly as it stands: normalizeText leaves it alone, and no legacy encoding can be
 * in it — a character beyond Latin-1 marks Unicode, and text with nothing from U+00A0 up reads the same in every
 * encoding (decodeLegacy.ts). Nearly every text cell of a roster is plain; this tells so in one pass.
 */
export function isPlainText(text: string): boolean {
  return scanText(text) === PLAIN;
}

const NEEDS_WORK = 0;
const LATIN1 = 1;
const PLAIN = 2;

/**
 * One pass over the characters, in place of a regular expression run on every cell: NEEDS_WORK on a combining mark,
 * a no-break, zero-width or control space, two spaces running or a space at either end; otherwise LATIN1 when
 * the text could be legacy-encoded (Latin-1 letters from U+00A0 up and nothing beyond U+00FF), else PLAIN.
 */
function scanText(text: string): number {
  let unicode = false;
  let latin1 = false;
  let afterSpace = true; // a space first is an edge to trim
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (afterSpace) return NEEDS_WORK;
      afterSpace = true;
      continue;
    }
    afterSpace = false;
    if (c < 0xa0) {
      if (c >= 0x09 && c <= 0x0d) return NEEDS_WORK;
    } else if (c <= 0xff) {
      if (c === 0xa0) return NEEDS_WORK;
      latin1 = true;
    } else {
      if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200d) || c === 0xfeff) return NEEDS_WORK;
      unicode = true;
    }
  }
  if (afterSpace && text.length > 0) return NEEDS_WORK;
  return latin1 && !unicode ? LATIN1 : PLAIN;
}
