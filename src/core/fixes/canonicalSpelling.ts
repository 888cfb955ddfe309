import type { Field } from "../cadre";
import { foldKey } from "../text";
import { CODED_VOCABULARIES, POSITION_VOCAB, labelOf, type Vocabulary } from "../vocab";

/** The fields whose values come from a closed list, with the list: the coded fields and the position. */
export const CODED_FIELDS: Readonly<Partial<Record<Field, Vocabulary<string>>>> = {
  ...CODED_VOCABULARIES,
  position: POSITION_VOCAB,
};

/**
 * The canonical spelling (the vocabulary's label) of a value written another way, when rewriting it loses nothing:
 * the whole cell is one known spelling, and that spelling is the label itself in other case, marks or spacing
 * ("đại  học"), or its initials ("ĐH", "P.CT", "Phó CT", "UVBCH" for Ủy viên Ban Chấp hành; "Hợp đồng lao động" for
 * HĐLĐ). A known value that says more or other than its label ("ĐHSP", "Kỹ sư", "PCT thường trực", "Cử nhân" for cao
 * cấp LLCT) keeps its words: its meaning is read all the same. Undefined when the text is already canonical or
 * cannot be rewritten with certainty.
 *
 * @example canonicalSpelling("position", "P.CT") // "Phó Chủ tịch"
 * @example canonicalSpelling("education", "ĐHSP") // undefined
 */
export function canonicalSpelling(field: Field, text: string): string | undefined {
  const vocab = CODED_FIELDS[field];
  if (!vocab) return undefined;
  const key = foldKey(text);
  const code = vocab.exact.get(key);
  if (code === undefined) return undefined;
  const label = labelOf(vocab, code, "vi");
  if (label === text) return undefined;
  const labelKey = foldKey(label);
  if (key === labelKey) return label;
  return abbreviates(key, labelKey) || abbreviates(labelKey, key) ? label : undefined;
}

/** Whether a spelling's words are the label's words, some of them shortened to their initials. */
function abbreviates(shortKey: string, longKey: string): boolean {
  const tokens = shortKey.split(" ");
  const words = longKey.split(" ");
  const match = (t: number, w: number): boolean => {
    if (t === tokens.length) return w === words.length;
    const token = tokens[t];
    if (words[w] === token && match(t + 1, w + 1)) return true;
    // A run of initials: each letter starts the next word.
    if (token.length > words.length - w) return false;
    for (let k = 0; k < token.length; k++) if (words[w + k]?.[0] !== token[k]) return false;
    return match(t + 1, w + token.length);
  };
  return tokens.length > 0 && match(0, 0);
}
