/**
 * Writes Unicode Vietnamese as TCVN3 (ABC, TCVN 5712:1993 VN3) the way an old .VnTime workbook stores it:
 * each TCVN3 byte ends up in the cell as the Windows-1252 / Latin-1 character with that code, e.g.
 * "Nguyễn Thị Hoa" → "NguyÔn ThÞ Hoa". The samples need this to plant a legacy-encoded name; the engine's
 * decoder is written separately from the standard, so a mistake here would show up as a failing test there.
 */

// Lowercase letters with their tone forms, and the seven plain capitals VN3 has. VN3 has no toned capitals
// (old files used the .VnTimeH font for those), so the converter refuses them rather than guess.
const UNICODE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";
const BYTES = [
  0xb5, 0xb8, 0xb6, 0xb7, 0xb9, 0xa8, 0xbb, 0xbe, 0xbc, 0xbd, 0xc6, 0xa9, 0xc7, 0xca, 0xc8, 0xc9, 0xcb, 0xae,
  0xcc, 0xd0, 0xce, 0xcf, 0xd1, 0xaa, 0xd2, 0xd5, 0xd3, 0xd4, 0xd6, 0xd7, 0xdd, 0xd8, 0xdc, 0xde, 0xdf, 0xe3,
  0xe1, 0xe2, 0xe4, 0xab, 0xe5, 0xe8, 0xe6, 0xe7, 0xe9, 0xac, 0xea, 0xed, 0xeb, 0xec, 0xee, 0xef, 0xf3, 0xf1,
  0xf2, 0xf4, 0xad, 0xf5, 0xf8, 0xf6, 0xf7, 0xf9, 0xfa, 0xfd, 0xfb, 0xfc, 0xfe, 0xa1, 0xa2, 0xa7, 0xa3, 0xa4,
  0xa5, 0xa6,
];

const TO_TCVN3 = new Map<string, string>();
[...UNICODE].forEach((ch, i) => TO_TCVN3.set(ch, String.fromCharCode(BYTES[i])));

export function toTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else {
      const mapped = TO_TCVN3.get(ch);
      if (mapped === undefined) throw new Error(`"${ch}" in "${text}" has no TCVN3 (.VnTime) form`);
      // 0xAD (ư) is a soft hyphen in Latin-1 and vanishes in many viewers: refuse it in samples too.
      if (mapped === "\u00ad") throw new Error(`"${text}" contains ư, which TCVN3 stores as a soft hyphen`);
      out += mapped;
    }
  }
  return out;
}
