import { normalizeText } from "../text";

/**
 * A person's name with its spacing and case put right, as a clerk would retype it: Unicode NFC, one space between
 * words, none at the ends, and each word typed all in capitals or all in small letters written with one capital
 * ("NGUYỄN văn  an" → "Nguyễn Văn An"; also after an apostrophe or a hyphen: "H'HEN NIÊ" → "H'Hen Niê"). A word
 * already in mixed case ("McLean", "H'Hen") is left as typed: its case is someone's choice.
 *
 * @example tidyName(" TRẦN  thị hoa ") // "Trần Thị Hoa"
 */
export function tidyName(text: string): string {
  return normalizeText(text)
    .split(" ")
    .map((word) => (oneCase(word) ? capitalize(word) : word))
    .join(" ");
}

function oneCase(word: string): boolean {
  const lower = word.toLocaleLowerCase("vi");
  const upper = word.toLocaleUpperCase("vi");
  return lower !== upper && (word === lower || word === upper);
}

function capitalize(word: string): string {
  const lower = word.toLocaleLowerCase("vi");
  return lower.replace(
    /(^|['’-])(\p{L})/gu,
    (_m, mark: string, letter: string) => mark + letter.toLocaleUpperCase("vi"),
  );
}
