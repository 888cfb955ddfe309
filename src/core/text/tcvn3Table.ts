/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3) letters as they read back through Windows-1252: each legacy byte shows as
 * the Latin-1 character of the same code. Only lower-case toned letters exist; capitals of toned letters
 * come from the ".Vn…H" fonts, which draw these same codes as capitals.
 */
const ROWS: [string, string][] = [
  ["\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7", "ĂÂÊÔƠƯĐ"],
  ["\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae", "ăâêôơưđ"],
  ["\u00b5\u00b6\u00b7\u00b8\u00b9", "àảãáạ"],
  ["\u00bb\u00bc\u00bd\u00be\u00c6", "ằẳẵắặ"],
  ["\u00c7\u00c8\u00c9\u00ca\u00cb", "ầẩẫấậ"],
  ["\u00cc\u00ce\u00cf\u00d0\u00d1", "èẻẽéẹ"],
  ["\u00d2\u00d3\u00d4\u00d5\u00d6", "ềểễếệ"],
  ["\u00d7\u00d8\u00dc\u00dd\u00de", "ìỉĩíị"],
  ["\u00df\u00e1\u00e2\u00e3\u00e4", "òỏõóọ"],
  ["\u00e5\u00e6\u00e7\u00e8\u00e9", "ồổỗốộ"],
  ["\u00ea\u00eb\u00ec\u00ed\u00ee", "ờởỡớợ"],
  ["\u00ef\u00f1\u00f2\u00f3\u00f4", "ùủũúụ"],
  ["\u00f5\u00f6\u00f7\u00f8\u00f9", "ừửữứự"],
  ["\u00fa\u00fb\u00fc\u00fd\u00fe", "ỳỷỹýỵ"],
];

export const TCVN3: ReadonlyMap<string, string> = new Map(
  ROWS.flatMap(([legacy, unicode]) => [...legacy].map((ch, i) => [ch, [...unicode][i]] as [string, string])),
);
