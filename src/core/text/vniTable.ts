/**
 * VNI-Windows: a base letter followed by a modifier byte (read back through Windows-1252 as a Latin-1
 * character), plus a few single-byte letters. Modifiers are given as combining marks, composed with NFC.
 */
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const GRAVE = "\u0300";
const ACUTE = "\u0301";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";

/** Modifiers after a, e, o (circumflex with or without a tone). */
export const VNI_CIRCUMFLEX: ReadonlyMap<string, string> = caseless({
  "\u00e2": CIRCUMFLEX,
  "\u00e0": CIRCUMFLEX + GRAVE,
  "\u00e1": CIRCUMFLEX + ACUTE,
  "\u00e5": CIRCUMFLEX + HOOK,
  "\u00e3": CIRCUMFLEX + TILDE,
  "\u00e4": CIRCUMFLEX + DOT,
});

/** Modifiers after a only (breve with or without a tone). */
export const VNI_BREVE: ReadonlyMap<string, string> = caseless({
  "\u00ea": BREVE,
  "\u00e8": BREVE + GRAVE,
  "\u00e9": BREVE + ACUTE,
  "\u00fa": BREVE + HOOK,
  "\u00fc": BREVE + TILDE,
  "\u00eb": BREVE + DOT,
});

/** Tone marks after any vowel, including ơ and ư. */
export const VNI_TONE: ReadonlyMap<string, string> = caseless({
  "\u00f8": GRAVE,
  "\u00f9": ACUTE,
  "\u00fb": HOOK,
  "\u00f5": TILDE,
  "\u00ef": DOT,
});

/** Letters VNI writes as one byte. */
export const VNI_SINGLE: ReadonlyMap<string, string> = new Map([
  ["\u00f4", "ơ"],
  ["\u00d4", "Ơ"],
  ["\u00f6", "ư"],
  ["\u00d6", "Ư"],
  ["\u00f1", "đ"],
  ["\u00d1", "Đ"],
  ["\u00ec", "ì"],
  ["\u00cc", "Ì"],
  ["\u00ed", "í"],
  ["\u00cd", "Í"],
  ["\u00e6", "ỉ"],
  ["\u00c6", "Ỉ"],
  ["\u00f3", "ĩ"],
  ["\u00d3", "Ĩ"],
  ["\u00f2", "ị"],
  ["\u00d2", "Ị"],
  ["\u00ee", "ỵ"],
  ["\u00ce", "Ỵ"],
]);

function caseless(lower: Record<string, string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, v] of Object.entries(lower)) {
    m.set(k, v);
    m.set(k.toUpperCase(), v);
  }
  return m;
}
