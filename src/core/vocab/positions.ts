import { POSITIONS, type Position } from "./codes";
import { defineVocabulary, nearest, type Vocabulary } from "./vocabulary";
import { foldKey } from "../text";

export const POSITION_VOCAB: Vocabulary<Position> = defineVocabulary<Position>("position", [
  { code: "chu-tich", vi: "Chủ tịch", en: "Chair", aliases: ["CT", "Chủ tịch CĐ", "Chủ tịch công đoàn"] },
  {
    code: "pho-chu-tich",
    vi: "Phó Chủ tịch",
    en: "Vice-chair",
    aliases: ["PCT", "P.CT", "P. Chủ tịch", "Phó CT", "P CT"],
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
      "Uỷ viên Ban Thường vụ",
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
      "Uỷ viên BCH",
      "Uỷ viên Ban Chấp hành",
      "Ủy viên",
      "Uỷ viên",
      "UV",
    ],
  },
  {
    code: "chu-nhiem-ubkt",
    vi: "Chủ nhiệm Ủy ban Kiểm tra",
    en: "Inspection committee chair",
    aliases: ["Chủ nhiệm UBKT", "Chủ nhiệm Uỷ ban Kiểm tra", "CN UBKT", "CNUBKT", "Chủ nhiệm"],
  },
  {
    code: "pho-chu-nhiem-ubkt",
    vi: "Phó Chủ nhiệm Ủy ban Kiểm tra",
    en: "Inspection committee vice-chair",
    aliases: ["Phó Chủ nhiệm UBKT", "PCN UBKT", "PCNUBKT", "Phó Chủ nhiệm"],
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
      "Ủy viên Ủy ban Kiểm tra",
      "Uỷ viên UBKT",
      "Uỷ viên Uỷ ban Kiểm tra",
      "UBKT",
    ],
  },
  { code: "truong-ban", vi: "Trưởng ban", en: "Head of department", aliases: ["TB", "Trưởng phòng"] },
  {
    code: "pho-truong-ban",
    vi: "Phó Trưởng ban",
    en: "Deputy head of department",
    aliases: ["PTB", "Phó ban", "Phó phòng"],
  },
  {
    code: "to-truong",
    vi: "Tổ trưởng công đoàn",
    en: "Union group leader",
    aliases: ["Tổ trưởng", "Tổ trưởng CĐ", "TT CĐ"],
  },
  { code: "to-pho", vi: "Tổ phó công đoàn", en: "Union group deputy", aliases: ["Tổ phó", "Tổ phó CĐ"] },
  { code: "chuyen-vien", vi: "Chuyên viên", en: "Staff officer", aliases: ["CV", "Cán sự", "Nhân viên"] },
]);

// A position cell may name several positions: "PCT kiêm UVBTV", "Chủ tịch, Chủ nhiệm UBKT". Punctuation is
// split before folding (folding erases it), joining words after.
const SPLIT_MARKS = /[,;/+&\n]|\s[-–]\s/;
const SPLIT_WORDS = /\s*\b(?:kiem|va|dong thoi)\b\s*/;

/**
 * Every position a cell names, most senior first, with the parts it could not read. Detail after a known
 * position is ignored ("Chủ tịch CĐCS", "Trưởng ban Tổ chức", "PCT chuyên trách").
 *
 * @example recognizePositions("PCT kiêm UVBTV") // { positions: ["pho-chu-tich", "uv-btv"], unknown: [] }
 * @example recognizePositions("Phó Chủ tjch") // { positions: [], unknown: ["pho chu tjch"], suggestion: "pho-chu-tich" }
 */
export function recognizePositions(text: string): PositionReading {
  // A roster repeats a few dozen position texts over thousands of rows: read each once. The readings are shared,
  // so they are frozen.
  const hit = readings.get(text);
  if (hit) return hit;
  const reading = deepFreeze(readPositions(text));
  if (readings.size >= READINGS_LIMIT) readings.clear();
  readings.set(text, reading);
  return reading;
}

export interface PositionReading {
  readonly positions: readonly Position[];
  readonly unknown: readonly string[];
  readonly suggestion?: Position;
}

const READINGS_LIMIT = 5_000;
const readings = new Map<string, PositionReading>();

function deepFreeze(r: PositionReading): PositionReading {
  Object.freeze(r.positions);
  Object.freeze(r.unknown);
  return Object.freeze(r);
}

function readPositions(text: string): PositionReading {
  const found = new Set<Position>();
  const unknown: string[] = [];
  let suggestion: Position | undefined;
  const parts = text.split(SPLIT_MARKS).flatMap((p) => foldKey(p).split(SPLIT_WORDS));
  for (const part of parts) {
    if (!part) continue;
    const code =
      POSITION_VOCAB.exact.get(part) ??
      POSITION_VOCAB.prefixes.find((p) => part.startsWith(p.alias + " "))?.code;
    if (code) found.add(code);
    else {
      unknown.push(part);
      suggestion ??= nearest(POSITION_VOCAB, part);
    }
  }
  const positions = POSITIONS.filter((p) => found.has(p));
  return suggestion && positions.length === 0 ? { positions, unknown, suggestion } : { positions, unknown };
}
