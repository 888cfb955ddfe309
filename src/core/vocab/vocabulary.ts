import { distance } from "fastest-levenshtein";
import { foldKey } from "../text";

/** One coded value: its labels and the folded spellings people type for it. */
export interface VocabularyEntry<T extends string> {
  code: T;
  vi: string;
  en: string;
  aliases: readonly string[];
}

/** A closed list of values with their aliases, indexed once at module load. */
export interface Vocabulary<T extends string> {
  name: string;
  entries: readonly VocabularyEntry<T>[];
  /** Folded alias → code. */
  exact: ReadonlyMap<string, T>;
  /** Aliases longest first, for "Đại học Luật"-style prefixes. */
  prefixes: readonly { alias: string; code: T }[];
  /** Whether "Đại học Luật" may be read as "Đại học" (a known value followed by detail). */
  allowPrefix: boolean;
}

export type Recognition<T extends string> =
  { kind: "empty" } | { kind: "known"; code: T } | { kind: "unknown"; suggestion?: T };

/** Builds a vocabulary; the label and the code are aliases too. */
export function defineVocabulary<T extends string>(
  name: string,
  entries: readonly VocabularyEntry<T>[],
  options: { allowPrefix?: boolean } = {},
): Vocabulary<T> {
  const exact = new Map<string, T>();
  const prefixes: { alias: string; code: T }[] = [];
  for (const e of entries) {
    for (const a of [foldKey(e.vi), foldKey(e.code), ...e.aliases.map(foldKey)]) {
      if (!a || exact.has(a)) continue;
      exact.set(a, e.code);
      prefixes.push({ alias: a, code: e.code });
    }
  }
  prefixes.sort((a, b) => b.alias.length - a.alias.length);
  return { name, entries, exact, prefixes, allowPrefix: options.allowPrefix ?? true };
}

/**
 * Recognises a typed value: exact alias (case, diacritics, spacing and punctuation ignored), then a known value
 * followed by detail ("Cử nhân Kinh tế" → đại học), then — only to suggest — the nearest alias within a typo's reach.
 *
 * @example recognize(EDUCATION_VOCAB, "ĐH") // { kind: "known", code: "dai-hoc" }
 * @example recognize(EDUCATION_VOCAB, "Dai hocc") // { kind: "unknown", suggestion: "dai-hoc" }
 */
export function recognize<T extends string>(vocab: Vocabulary<T>, text: string): Recognition<T> {
  const key = foldKey(text);
  if (!key) return { kind: "empty" };
  const hit = vocab.exact.get(key);
  if (hit) return { kind: "known", code: hit };
  if (vocab.allowPrefix) {
    for (const p of vocab.prefixes)
      if (p.alias.length >= 2 && key.startsWith(p.alias + " ")) return { kind: "known", code: p.code };
  }
  return { kind: "unknown", suggestion: nearest(vocab, key) };
}

/** The code whose alias is closest to the key, if close enough to be a typo (about one edit in four letters). */
export function nearest<T extends string>(vocab: Vocabulary<T>, key: string): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const p of vocab.prefixes) {
    if (p.alias.length < 4 || Math.abs(p.alias.length - key.length) > 3) continue;
    const d = distance(p.alias, key);
    if (d < bestDistance) [best, bestDistance] = [p.code, d];
  }
  return bestDistance <= Math.max(1, Math.floor(key.length / 4)) ? best : undefined;
}

/** The label of a code in a language. */
export function labelOf<T extends string>(vocab: Vocabulary<T>, code: T, lang: "vi" | "en"): string {
  const e = vocab.entries.find((x) => x.code === code);
  return e ? e[lang] : code;
}

/** The Vietnamese labels joined for a message: "Đại học, Cao đẳng, …". */
export function expectedList<T extends string>(vocab: Vocabulary<T>): string {
  return vocab.entries.map((e) => e.vi).join(", ");
}
