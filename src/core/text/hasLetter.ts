/**
 * Whether a text holds a letter of any script (what tells a name from a number or a mark). Asked of every name
 * cell: an ASCII letter, the usual first one, answers without a regular expression.
 *
 * @example hasLetter("Đỗ Văn Út") // true
 * @example hasLetter("12/5") // false
 */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return LETTER.test(text);
}

const LETTER = /\p{L}/u;
