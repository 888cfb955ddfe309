import { TCVN3 } from "../../src/core/text/tcvn3Table";

const TO_TCVN3 = new Map([...TCVN3].map(([legacy, unicode]) => [unicode, legacy]));

/**
 * Unicode text as a TCVN3 (.VnTime) file stores it, for building legacy sheets in tests. Toned capitals do not exist
 * in TCVN3: they are stored as the lower-case code, which a ".VnTimeH" font draws as a capital.
 *
 * @example toTcvn3("Họ và tên") // "Hä vµ tªn"
 */
export function toTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    out += TO_TCVN3.get(ch) ?? TO_TCVN3.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}
