import damerauLevenshtein from "damerau-levenshtein";
import { foldKey } from "../text";

/** One coded value: its labels and the spellings people type for it. */
export interface VocabularyEntry<T extends string> {
  code: T;
  vi: string;
  en: string;
  aliases: readonly string[];
}

/** A spelling people type, folded for matching and as written for suggestions. */
export interface Spelling<T extends string> {
  key: string;
  text: string;
  code: T;
}

/** A closed list of values with their aliases, indexed once at module load. */
export interface Vocabulary<T extends string> {
  name: string;
  entries: readonly VocabularyEntry<T>[];
  /** Folded alias → code. */
  exact: ReadonlyMap<string, T>;
  /** Every spelling, longest first, for "Đại học Luật"-style prefixes and for suggestions. */
  prefixes: readonly Spelling<T>[];
  /** Whether "Đại học Luật" may be read as "Đại học" (a known value followed by detail). */
  allowPrefix: boolean;
  /** Readings of texts already seen: a roster repeats a few dozen spellings over thousands of rows. */
  readonly seen: Map<string, Recognition<T>>;
}

/** `suggestion` is the nearest known value and `spelling` how people write it ("Daihoc" → "Đại học"). */
export type Recognition<T extends string> =
  { kind: "empty" } | { kind: "known"; code: T } | { kind: "unknown"; suggestion?: T; spelling?: string };

/** Builds a vocabulary; the label and the code are aliases too. */
export function defineVocabulary<T extends string>(
  name: string,
  entries: readonly VocabularyEntry<T>[],
  options: { allowPrefix?: boolean } = {},
): Vocabulary<T> {
  const exact = new Map<string, T>();
  const prefixes: Spelling<T>[] = [];
  for (const e of entries) {
    for (const text of [e.vi, ...e.aliases, e.code]) {
      const key = foldKey(text);
      if (!key || exact.has(key)) continue;
      exact.set(key, e.code);
      prefixes.push({ key, text, code: e.code });
    }
  }
  prefixes.sort((a, b) => b.key.length - a.key.length);
  return { name, entries, exact, prefixes, allowPrefix: options.allowPrefix ?? true, seen: new Map() };
}

/**
 * Recognises a typed value: exact alias (case, diacritics, spacing and punctuation ignored), then a known value
 * followed by detail ("Cử nhân Kinh tế" → đại học) — unless the whole text is a typo of a longer spelling of another
 * value ("Ủy viên UBKTT" is not "Ủy viên" followed by detail) — then, only to suggest, the nearest spelling.
 *
 * @example recognize(EDUCATION_VOCAB, "ĐH") // { kind: "known", code: "dai-hoc" }
 * @example recognize(EDUCATION_VOCAB, "Dai hocc") // { kind: "unknown", suggestion: "dai-hoc" }
 */
export function recognize<T extends string>(vocab: Vocabulary<T>, text: string): Recognition<T> {
  const key = foldKey(text);
  if (!key) return EMPTY;
  const seen = vocab.seen.get(key);
  if (seen) return seen;
  const hit = vocab.exact.get(key);
  const reading: Recognition<T> = hit ? { kind: "known", code: hit } : readUnlisted(vocab, key);
  if (vocab.seen.size >= SEEN_LIMIT) vocab.seen.clear();
  vocab.seen.set(key, reading);
  return reading;
}

const SEEN_LIMIT = 5_000;
const EMPTY = Object.freeze({ kind: "empty" as const });

function readUnlisted<T extends string>(vocab: Vocabulary<T>, key: string): Recognition<T> {
  const typo = nearestSpelling(vocab, key);
  if (vocab.allowPrefix) {
    const prefix = prefixOf(vocab, key);
    // A typo wins only when it is a slip in the detail after the same known start ("uy vien ubktt" is "uy vien
    // ubkt" mistyped); text that starts with one value exactly ("cao cap ly luan chinh tri", "chuyen vien tai chuc")
    // is that value.
    if (prefix && (!typo || typo.code === prefix.code || !slipsInDetail(key, typo.key, prefix.key)))
      return { kind: "known", code: prefix.code };
  }
  return { kind: "unknown", suggestion: typo?.code, spelling: typo?.text };
}

/** Whether the key is the typo's spelling with a slip after their common known start: "ubktt" for "ubkt". */
function slipsInDetail(key: string, typo: string, start: string): boolean {
  if (!typo.startsWith(`${start} `)) return false;
  const typed = key.slice(start.length + 1);
  const meant = typo.slice(start.length + 1);
  return damerauLevenshtein(typed, meant).steps <= Math.max(1, Math.floor(meant.length / 4));
}

/** The longest known spelling the key starts with, followed by detail ("dai hoc luat" → "dai hoc"). */
export function prefixOf<T extends string>(vocab: Vocabulary<T>, key: string): Spelling<T> | undefined {
  for (const p of vocab.prefixes) if (p.key.length >= 2 && key.startsWith(p.key + " ")) return p;
  return undefined;
}

/**
 * The spelling closest to a folded key, if close enough to be a typo: about one edit in four letters, where
 * swapping two neighbouring letters ("Đại hcọ") is one edit.
 */
export function nearestSpelling<T extends string>(
  vocab: Vocabulary<T>,
  key: string,
): Spelling<T> | undefined {
  let best: Spelling<T> | undefined;
  let bestDistance = Infinity;
  for (const p of vocab.prefixes) {
    if (p.key.length < 4 || Math.abs(p.key.length - key.length) > 3) continue;
    const d = damerauLevenshtein(p.key, key).steps;
    if (d < bestDistance) [best, bestDistance] = [p, d];
  }
  return bestDistance <= Math.max(1, Math.floor(key.length / 4)) ? best : undefined;
}

/** The label of a code in a language. */
export function labelOf<T extends string>(vocab: Vocabulary<T>, code: T, lang: "vi" | "en"): string {
  const e = vocab.entries.find((x) => x.code === code);
  return e ? e[lang] : code;
}
