import type { Encoding, FontName } from "./model";

/**
 * Unicode Vietnamese written the way an 8-bit Vietnamese keyboard driver stored it in a workbook: each byte of
 * the legacy code page ends up in the cell as the Latin-1 character with that code. Written from the published
 * tables (TCVN 5712:1993 VN3 "ABC"; VNI-Windows), independently of the reader's decoder, so a disagreement shows
 * up as a failing corpus test.
 */

// TCVN3: one byte per letter; the lowercase toned letters, and the seven plain capitals.
const TCVN3_LETTERS = "ăâêôơưđĂÂÊÔƠƯĐ" + "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
const TCVN3_BYTES = [
  // ă â ê ô ơ ư đ | Ă Â Ê Ô Ơ Ư Đ
  0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
  // à ả ã á ạ | ằ ẳ ẵ ắ ặ | ầ ẩ ẫ ấ ậ
  0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb,
  // è ẻ ẽ é ẹ | ề ể ễ ế ệ
  0xcc, 0xce, 0xcf, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6,
  // ì ỉ ĩ í ị
  0xd7, 0xd8, 0xdc, 0xdd, 0xde,
  // ò ỏ õ ó ọ | ồ ổ ỗ ố ộ | ờ ở ỡ ớ ợ
  0xdf, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee,
  // ù ủ ũ ú ụ | ừ ử ữ ứ ự
  0xef, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9,
  // ỳ ỷ ỹ ý ỵ
  0xfa, 0xfb, 0xfc, 0xfd, 0xfe,
];
const TCVN3 = new Map<string, string>(
  [...TCVN3_LETTERS].map((ch, i) => [ch, String.fromCharCode(TCVN3_BYTES[i])]),
);
const PLAIN_CAPITALS = new Set([..."ĂÂÊÔƠƯĐ"]);

/**
 * TCVN3 as typed in .VnTime (`capitals` false) or .VnTimeH (`capitals` true). .VnTime has no toned capitals, so
 * a text needing one is refused (old files avoided them: "Uỷ viên", not "Ủy viên"). .VnTimeH shows every letter as
 * a capital; the driver stores a toned capital with its lowercase code, so such cells must be written in capitals.
 */
export function toTcvn3(text: string, capitals = false): string {
  const nfc = text.normalize("NFC");
  if (capitals && nfc !== nfc.toUpperCase()) throw new Error(`.VnTimeH text must be in capitals: "${text}"`);
  let out = "";
  for (const ch of nfc) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else if (TCVN3.has(ch)) out += TCVN3.get(ch);
    else if (capitals && !PLAIN_CAPITALS.has(ch) && TCVN3.has(ch.toLowerCase()))
      out += TCVN3.get(ch.toLowerCase());
    else throw new Error(`"${ch}" in "${text}" cannot be typed in ${capitals ? ".VnTimeH" : ".VnTime"}`);
  }
  return out;
}

// VNI-Windows: a base letter followed by a mark byte; đ, ơ, ư and the toned i (and ỵ) are single bytes.
const VNI_TONE: Record<string, string> = {
  "\u0301": "ù",
  "\u0300": "ø",
  "\u0309": "û",
  "\u0303": "õ",
  "\u0323": "ï",
};
const VNI_CIRCUMFLEX: Record<string, string> = {
  "": "â",
  "\u0301": "á",
  "\u0300": "à",
  "\u0309": "å",
  "\u0303": "ã",
  "\u0323": "ä",
};
const VNI_BREVE: Record<string, string> = {
  "": "ê",
  "\u0301": "é",
  "\u0300": "è",
  "\u0309": "ú",
  "\u0303": "ü",
  "\u0323": "ë",
};
const VNI_I: Record<string, string> = {
  "": "i",
  "\u0301": "í",
  "\u0300": "ì",
  "\u0309": "æ",
  "\u0303": "ó",
  "\u0323": "ò",
};
const TONES = new Set(Object.keys(VNI_TONE));

export function toVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    const upper = ch !== ch.toLowerCase();
    const up = (s: string) => (upper ? s.toUpperCase() : s);
    if (ch === "đ" || ch === "Đ") {
      out += up("ñ");
      continue;
    }
    const [base, ...marks] = [...ch.normalize("NFD")];
    const tone = marks.find((m) => TONES.has(m)) ?? "";
    const shape = marks.find((m) => !TONES.has(m));
    const b = base.toLowerCase();
    if (!"aeiouy".includes(b)) throw new Error(`"${ch}" in "${text}" has no VNI form`);
    if (shape === "\u0302") out += base + up(VNI_CIRCUMFLEX[tone]);
    else if (shape === "\u0306") out += base + up(VNI_BREVE[tone]);
    else if (shape === "\u031b") out += up(b === "o" ? "ô" : "ö") + (tone ? up(VNI_TONE[tone]) : "");
    else if (b === "i") out += up(VNI_I[tone]);
    else if (b === "y" && tone === "\u0323") out += up("î");
    else out += base + (tone ? up(VNI_TONE[tone]) : "");
  }
  return out;
}

/** The encoding a cell's font implies, if any. */
export function fontEncoding(font: FontName): Encoding | undefined {
  if (font === ".VnTime" || font === ".VnTimeH") return "TCVN3";
  if (font === "VNI-Times") return "VNI";
  return undefined;
}

/** The stored form of a text cell typed in `font` (or forced to `encode`). */
export function storedText(text: string, font: FontName, encode?: Encoding | "none"): string {
  const encoding = encode === "none" ? undefined : (encode ?? fontEncoding(font));
  if (encoding === "VNI") return toVni(text);
  if (encoding === "TCVN3") return toTcvn3(text, font === ".VnTimeH");
  return text.normalize("NFC");
}
