import type { Field } from "../cadre/cadre";
import type { Messages } from "./messages";

/**
 * A field's name in the dictionary's language, to open a sentence ("Chức danh") or, with `inSentence`, inside one
 * ("chức danh"; abbreviations such as "Số CCCD" or "HĐLĐ" keep their capitals).
 *
 * @example fieldLabel("position", vi, true) // "chức danh"
 */
export function fieldLabel(field: Field, m: Messages, inSentence = false): string {
  const label = m.fields[field];
  return inSentence ? lowerFirst(label) : label;
}

/** Lowers only the capital of an ordinary first word: "Họ và tên" → "họ và tên", "CCCD" and "HĐLĐ" stay. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
