import type { CellValue } from "../grid";
import type { Gender } from "../vocab/codes";
import { foldKey } from "../text";

const GENDERS: Record<string, Gender> = {
  nam: "nam",
  m: "nam",
  male: "nam",
  trai: "nam",
  "gioi tinh nam": "nam",
  nu: "nu",
  f: "nu",
  female: "nu",
  gai: "nu",
  "gioi tinh nu": "nu",
};

/**
 * Giới tính: Nam / Nữ and their usual spellings; undefined when it is neither.
 *
 * @example parseGender("NỮ") // "nu"
 */
export function parseGender(v: CellValue | undefined): Gender | undefined {
  return typeof v === "string" ? GENDERS[foldKey(v)] : undefined;
}
