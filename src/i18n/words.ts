import { labelOf, type Vocabulary } from "../core/vocab";
import { lowerFirst } from "../core/messages";

/**
 * How the dictionaries show what a roster or a sheet says: in quotation marks, as typed. In English the roster's
 * Vietnamese values stay as they are, quoted and glossed ("“Đại học” (university)"), so a reader can find them in
 * the sheet and still know what they mean.
 */

/** A roster's own text, quoted. */
export function quote(text: string): string {
  return `“${text}”`;
}

/** A code's Vietnamese label, quoted. */
export function viLabel<T extends string>(vocab: Vocabulary<T>, code: T): string {
  return quote(labelOf(vocab, code, "vi"));
}

/** A code's Vietnamese label, quoted and glossed in English: “Đại học” (university). */
export function glossed<T extends string>(vocab: Vocabulary<T>, code: T): string {
  return `${quote(labelOf(vocab, code, "vi"))} (${lowerFirst(labelOf(vocab, code, "en"))})`;
}

/** "a, b và c" / "a, b and c". */
export function joinAnd(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
