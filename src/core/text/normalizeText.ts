/**
 * Cleans text the way a careful clerk would read it: Unicode NFC (so NFD "Nguyễn" equals NFC "Nguyễn"),
 * non-breaking and zero-width spaces turned into plain ones or removed, runs of white space folded, ends trimmed.
 *
 * @example normalizeText("  Nguye\u0303n\u00a0 Văn  A ") // "Nguyễn Văn A"
 */
export function normalizeText(text: string): string {
  // Most cells are already clean: NFC (no combining marks), single spaces, no edges to trim. Skip the work then.
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .normalize("NFC")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

const NEEDS_WORK = /[\u0300-\u036f\u00a0\u200b-\u200d\ufeff\t\n\r\f\v]| {2}|^ | $/;
