/**
 * The coded values of the domain. Codes are stable identifiers (used in JSON and in the standards sheet);
 * the Vietnamese words people type are matched to them by the vocabularies in this folder.
 * Ordered scales list their codes from lowest to highest: a code's index is its rank.
 */

/** Cấp công đoàn, from the top of the hierarchy down. */
export const UNION_LEVELS = ["trung-uong", "tinh", "tren-co-so", "co-so"] as const;
export type UnionLevel = (typeof UNION_LEVELS)[number];

/** Chức danh công đoàn. */
export const POSITIONS = [
  "chu-tich",
  "pho-chu-tich",
  "uv-btv",
  "uv-bch",
  "chu-nhiem-ubkt",
  "pho-chu-nhiem-ubkt",
  "uv-ubkt",
  "chanh-van-phong",
  "pho-chanh-van-phong",
  "truong-ban",
  "pho-truong-ban",
  "truong-ban-nu-cong",
  "pho-ban-nu-cong",
  "uv-ban-nu-cong",
  "to-truong",
  "to-pho",
  "thu-quy",
  "ke-toan",
  "chuyen-vien",
] as const;
export type Position = (typeof POSITIONS)[number];

/** Chuyên trách / không chuyên trách. */
export const EMPLOYMENTS = ["chuyen-trach", "khong-chuyen-trach"] as const;
export type Employment = (typeof EMPLOYMENTS)[number];

/** Biên chế / hợp đồng lao động (for full-time cadres). */
export const PAYROLLS = ["bien-che", "hdld"] as const;
export type Payroll = (typeof PAYROLLS)[number];

/** Trình độ chuyên môn, lowest first. THPT / 12/12 (general school only) counts as chua-qua-dao-tao. */
export const EDUCATION_LEVELS = [
  "chua-qua-dao-tao",
  "so-cap",
  "trung-cap",
  "cao-dang",
  "dai-hoc",
  "thac-si",
  "tien-si",
] as const;
export type Education = (typeof EDUCATION_LEVELS)[number];

/** Lý luận chính trị, lowest first; cử nhân and cao cấp LLCT-hành chính count as cao-cap. */
export const POLITICAL_THEORY_LEVELS = ["chua-co", "so-cap", "trung-cap", "cao-cap"] as const;
export type PoliticalTheory = (typeof POLITICAL_THEORY_LEVELS)[number];

/** Quản lý nhà nước, lowest first. */
export const STATE_MANAGEMENT_LEVELS = [
  "chua-co",
  "chuyen-vien",
  "chuyen-vien-chinh",
  "chuyen-vien-cao-cap",
] as const;
export type StateManagement = (typeof STATE_MANAGEMENT_LEVELS)[number];

export type Gender = "nam" | "nu";

/** Rank of a code on an ordered scale (0 = lowest). */
export function rankOf<T extends string>(scale: readonly T[], code: T): number {
  return scale.indexOf(code);
}
