import { foldKey } from "../text";
import type {
  Education,
  Employment,
  PoliticalTheory,
  Position,
  StateManagement,
  UnionLevel,
} from "../vocab/codes";
import {
  EDUCATION_LABELS,
  EMPLOYMENT_LABELS,
  LEVEL_LABELS,
  POLITICAL_THEORY_LABELS,
  POSITION_LABELS,
  STATE_MANAGEMENT_LABELS,
} from "./standardLabels";

/** The code kinds a "Tiêu chuẩn" sheet cell can hold, with the code type of each. */
export interface CodeKinds {
  level: UnionLevel;
  position: Position;
  employment: Employment;
  education: Education;
  politicalTheory: PoliticalTheory;
  stateManagement: StateManagement;
}
export type CodeKind = keyof CodeKinds;

/**
 * Reads one code from the text of a "Tiêu chuẩn" sheet cell: the label this folder writes, the code itself
 * ("dai-hoc") or a common abbreviation ("ĐH", "PCT", "CVC"), ignoring case, diacritics and spacing. The sheet is
 * our own template, so this small table only has to read back what we write, not every roster spelling.
 *
 * @param kind which scale the cell belongs to (in an education cell "CĐ" is cao đẳng)
 * @param text the cell's text
 * @returns the code, or undefined when the text is not one of the known words
 * @example readCode("education", "Đại học trở lên") // "dai-hoc"
 */
export function readCode<K extends CodeKind>(kind: K, text: string): CodeKinds[K] | undefined {
  const table = tables()[kind] as Map<string, CodeKinds[K]>;
  const key = stripNoise(foldKey(text), NOISE[kind]);
  return table.get(key);
}

/** Labels and codes are always accepted; these are the extra spellings people type in such a sheet. */
const ALIASES: { [K in CodeKind]: Record<string, CodeKinds[K]> } = {
  level: {
    "tong lien doan": "trung-uong",
    tld: "trung-uong",
    "cap trung uong": "trung-uong",
    "cap tinh": "tinh",
    "ldld tinh": "tinh",
    "cong doan nganh trung uong": "tinh",
    "tren co so": "tren-co-so",
    "cap tren co so": "tren-co-so",
    "cap tren truc tiep co so": "tren-co-so",
    "cap huyen": "tren-co-so",
    huyen: "tren-co-so",
    "ldld huyen": "tren-co-so",
    "cap co so": "co-so",
    cdcs: "co-so",
    "cong doan co so": "co-so",
  },
  position: {
    ct: "chu-tich",
    pct: "pho-chu-tich",
    uvbtv: "uv-btv",
    "uv btv": "uv-btv",
    "uy vien btv": "uv-btv",
    uvbch: "uv-bch",
    "uv bch": "uv-bch",
    "uy vien bch": "uv-bch",
    "chu nhiem ubkt": "chu-nhiem-ubkt",
    "pho chu nhiem ubkt": "pho-chu-nhiem-ubkt",
    "uv ubkt": "uv-ubkt",
    "uy vien ubkt": "uv-ubkt",
    "to truong": "to-truong",
    "to pho": "to-pho",
  },
  employment: {
    co: "chuyen-trach",
    x: "chuyen-trach",
    khong: "khong-chuyen-trach",
    kct: "khong-chuyen-trach",
  },
  education: {
    dh: "dai-hoc",
    "cu nhan": "dai-hoc",
    "ky su": "dai-hoc",
    cd: "cao-dang",
    tc: "trung-cap",
    sc: "so-cap",
    ths: "thac-si",
    "thac sy": "thac-si",
    ts: "tien-si",
    "tien sy": "tien-si",
  },
  politicalTheory: {
    sc: "so-cap",
    tc: "trung-cap",
    cc: "cao-cap",
    "cu nhan": "cao-cap",
    "cao cap hanh chinh": "cao-cap",
  },
  stateManagement: {
    cv: "chuyen-vien",
    cvc: "chuyen-vien-chinh",
    cvcc: "chuyen-vien-cao-cap",
  },
};

/** Words around a minimum that do not change it: "Từ đại học trở lên", "Trung cấp LLCT", "Ngạch chuyên viên". */
const MINIMUM_NOISE = ["tro len", "toi thieu", "tu", "trinh do"];
const NOISE: Record<CodeKind, string[]> = {
  level: [],
  position: [],
  employment: [],
  education: MINIMUM_NOISE,
  politicalTheory: [...MINIMUM_NOISE, "ly luan chinh tri", "chinh tri", "llct"],
  stateManagement: [...MINIMUM_NOISE, "quan ly nha nuoc", "qlnn", "ngach"],
};

/** Removes whole-word noise phrases from a folded key (longest listed first, so "ly luan chinh tri" goes whole). */
function stripNoise(key: string, noise: readonly string[]): string {
  let out = ` ${key} `;
  for (const phrase of noise) out = out.split(` ${phrase} `).join(" ");
  return out.replace(/\s+/g, " ").trim();
}

type Tables = { [K in CodeKind]: Map<string, CodeKinds[K]> };
let built: Tables | undefined;

/** foldKey → code for every kind: codes, labels, then aliases. Built once, on first use. */
function tables(): Tables {
  if (!built) {
    built = {
      level: table(LEVEL_LABELS, ALIASES.level),
      position: table(POSITION_LABELS, ALIASES.position),
      employment: table(EMPLOYMENT_LABELS, ALIASES.employment),
      education: table(EDUCATION_LABELS, ALIASES.education),
      politicalTheory: table(POLITICAL_THEORY_LABELS, ALIASES.politicalTheory),
      stateManagement: table(STATE_MANAGEMENT_LABELS, ALIASES.stateManagement),
    };
  }
  return built;
}

function table<T extends string>(labels: Record<T, string>, aliases: Record<string, T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of Object.keys(labels) as T[]) {
    map.set(foldKey(code), code);
    map.set(foldKey(labels[code]), code);
  }
  for (const [alias, code] of Object.entries(aliases)) map.set(alias, code);
  return map;
}
