import { POSITIONS, type Position } from "./codes";
import { defineVocabulary, nearestSpelling, recognize, type Vocabulary } from "./vocabulary";
import { foldKey } from "../text";

export const POSITION_VOCAB: Vocabulary<Position> = defineVocabulary<Position>("position", [
  {
    code: "chu-tich",
    vi: "Chủ tịch",
    en: "Chair",
    aliases: ["CT", "Chủ tịch CĐ", "Chủ tịch công đoàn", "Chủ tịch CĐCS", "Chủ tịch BCH"],
  },
  {
    code: "pho-chu-tich",
    vi: "Phó Chủ tịch",
    en: "Vice-chair",
    aliases: [
      "PCT",
      "P.CT",
      "P. Chủ tịch",
      "Phó CT",
      "P CT",
      "Phó Chủ tịch CĐ",
      "Phó Chủ tịch thường trực",
      "PCT TT",
    ],
  },
  {
    code: "uv-btv",
    vi: "Ủy viên Ban Thường vụ",
    en: "Standing committee member",
    aliases: [
      "UVBTV",
      "UV BTV",
      "UV.BTV",
      "UBTV",
      "UV Ban Thường vụ",
      "Thường vụ",
      "Ủy viên Thường vụ",
      "UV Thường vụ",
      "UVTV",
      "Ủy viên BTV",
    ],
  },
  {
    code: "uv-bch",
    vi: "Ủy viên Ban Chấp hành",
    en: "Executive committee member",
    aliases: [
      "UVBCH",
      "UV BCH",
      "UV.BCH",
      "BCH",
      "UV Ban Chấp hành",
      "Ủy viên BCH",
      "Ủy viên BCH CĐ",
      "Ủy viên BCH CĐCS",
      "Ủy viên Ban Chấp hành công đoàn",
      "Ủy viên",
      "UV",
    ],
  },
  {
    code: "chu-nhiem-ubkt",
    vi: "Chủ nhiệm Ủy ban Kiểm tra",
    en: "Inspection committee chair",
    aliases: [
      "Chủ nhiệm UBKT",
      "CN UBKT",
      "CNUBKT",
      "Chủ nhiệm",
      "Chủ nhiệm UBKT CĐ",
      "Chủ nhiệm Ủy ban Kiểm tra công đoàn",
      "Trưởng ban Kiểm tra",
    ],
  },
  {
    code: "pho-chu-nhiem-ubkt",
    vi: "Phó Chủ nhiệm Ủy ban Kiểm tra",
    en: "Inspection committee vice-chair",
    aliases: [
      "Phó Chủ nhiệm UBKT",
      "PCN UBKT",
      "PCNUBKT",
      "Phó Chủ nhiệm",
      "P. Chủ nhiệm UBKT",
      "Phó ban Kiểm tra",
    ],
  },
  {
    code: "uv-ubkt",
    vi: "Ủy viên Ủy ban Kiểm tra",
    en: "Inspection committee member",
    aliases: [
      "Ủy viên UBKT",
      "UV UBKT",
      "UVUBKT",
      "UV.UBKT",
      "UBKT",
      "Ủy viên Ủy ban Kiểm tra công đoàn",
      "Kiểm tra viên",
      "Ủy viên Ban Kiểm tra",
      "UV BKT",
    ],
  },
  {
    code: "chanh-van-phong",
    vi: "Chánh Văn phòng",
    en: "Chief of office",
    aliases: ["CVP", "Chánh VP", "Chánh văn phòng LĐLĐ"],
  },
  {
    code: "pho-chanh-van-phong",
    vi: "Phó Chánh Văn phòng",
    en: "Deputy chief of office",
    aliases: ["PCVP", "Phó Chánh VP", "P. Chánh Văn phòng", "Phó Văn phòng"],
  },
  { code: "truong-ban", vi: "Trưởng ban", en: "Head of department", aliases: ["TB", "Trưởng phòng"] },
  {
    code: "pho-truong-ban",
    vi: "Phó Trưởng ban",
    en: "Deputy head of department",
    aliases: ["PTB", "Phó ban", "Phó phòng"],
  },
  {
    code: "truong-ban-nu-cong",
    vi: "Trưởng ban Nữ công",
    en: "Head of the women's committee",
    aliases: ["Trưởng ban nữ công quần chúng", "TB nữ công", "Trưởng BNC", "Trưởng ban NC"],
  },
  {
    code: "pho-ban-nu-cong",
    vi: "Phó ban Nữ công",
    en: "Deputy head of the women's committee",
    aliases: ["Phó Trưởng ban Nữ công", "Phó ban nữ công quần chúng", "PB nữ công", "Phó BNC", "Phó ban NC"],
  },
  {
    code: "uv-ban-nu-cong",
    vi: "Ủy viên Ban Nữ công",
    en: "Women's committee member",
    aliases: [
      "UV Ban nữ công",
      "UV BNC",
      "Ủy viên BNC",
      "Ủy viên Ban nữ công quần chúng",
      "Ban nữ công",
      "Thành viên Ban nữ công",
    ],
  },
  {
    code: "to-truong",
    vi: "Tổ trưởng công đoàn",
    en: "Union group leader",
    aliases: ["Tổ trưởng", "Tổ trưởng CĐ", "TT CĐ", "Tổ trưởng tổ công đoàn", "Tổ trưởng CĐ bộ phận"],
  },
  {
    code: "to-pho",
    vi: "Tổ phó công đoàn",
    en: "Union group deputy",
    aliases: ["Tổ phó", "Tổ phó CĐ", "Tổ phó tổ công đoàn"],
  },
  { code: "thu-quy", vi: "Thủ quỹ", en: "Treasurer", aliases: ["Thủ quỹ công đoàn", "Thủ quỹ CĐ"] },
  { code: "ke-toan", vi: "Kế toán", en: "Accountant", aliases: ["Kế toán công đoàn", "Kế toán CĐ"] },
  { code: "chuyen-vien", vi: "Chuyên viên", en: "Staff officer", aliases: ["CV", "Cán sự", "Nhân viên"] },
]);

// A position cell may name several positions: "PCT kiêm UVBTV", "Chủ tịch, Chủ nhiệm UBKT". Both are split before
// folding, which would erase the punctuation and make "kiêm" (also) the "kiểm" of "Ủy ban Kiểm tra".
const SPLIT_MARKS = /[,;/+&\n]|\s[-–]\s/;
const SPLIT_WORDS = /\s+(?:kiêm|và|đồng thời|kiem(?! tra)|va|dong thoi)\s+/iu;

/**
 * Every position a cell names, most senior first, with the parts it could not read. Detail after a known
 * position is ignored ("Chủ tịch CĐCS", "Trưởng ban Tổ chức", "PCT chuyên trách").
 *
 * @example recognizePositions("PCT kiêm UVBTV") // { positions: ["pho-chu-tich", "uv-btv"], unknown: [] }
 * @example recognizePositions("Phó Chủ tjch") // { positions: [], unknown: ["pho chu tjch"], suggestion: "pho-chu-tich" }
 */
export function recognizePositions(text: string): PositionReading {
  // A roster repeats a few dozen position texts over thousands of rows: read each once. The readings are shared,
  // so they are frozen; their lists are left as they are (see `NO_POSITIONS` in newCadre.ts).
  const hit = readings.get(text);
  if (hit) return hit;
  const reading = Object.freeze(readPositions(text));
  if (readings.size >= READINGS_LIMIT) readings.clear();
  readings.set(text, reading);
  return reading;
}

export interface PositionReading {
  readonly positions: readonly Position[];
  readonly unknown: readonly string[];
  /** For a cell naming no known position: the nearest known spelling, as people write it. */
  readonly suggestion?: string;
}

const READINGS_LIMIT = 5_000;
const readings = new Map<string, PositionReading>();

function readPositions(text: string): PositionReading {
  const found = new Set<Position>();
  const unknown: string[] = [];
  let suggestion: string | undefined;
  const parts = text
    .normalize("NFC")
    .split(SPLIT_MARKS)
    .flatMap((p) => ` ${p} `.split(SPLIT_WORDS))
    .map(foldKey);
  for (const part of parts) {
    if (!part) continue;
    const res = recognize(POSITION_VOCAB, part);
    if (res.kind === "known") found.add(res.code);
    else if (res.kind === "unknown") {
      unknown.push(part);
      suggestion ??= nearestSpelling(POSITION_VOCAB, part)?.text;
    }
  }
  const positions = POSITIONS.filter((p) => found.has(p));
  return suggestion && positions.length === 0 ? { positions, unknown, suggestion } : { positions, unknown };
}
