import type { Dice } from "./prng";
import { cccd, personName, type Sex } from "./people";

/** One roster row as typed, before planting mistakes. Values are what a clerk would type in each column. */
export interface SampleRow {
  name: string;
  sex: Sex;
  birth: number | string;
  ethnicity: string;
  party: string | number;
  id: string | number;
  unit: string;
  level: string;
  position: string;
  fullTime: boolean;
  payroll: string;
  education: string;
  llct: string;
  qlnn: string;
  language: string;
  informatics: string;
  unionTraining: string | number;
  genderTraining: string | number;
  politicalClass: string | number;
  note: string;
  /** Set when the name cell must be written in the .VnTime font (TCVN3). */
  font?: string;
  /** Planted mistake: the birth year written under both Nam and Nữ. */
  bothBirth?: boolean;
}

export const UPPER_UNITS = [
  "LĐLĐ huyện Ba Tri", "LĐLĐ huyện Bình Đại", "LĐLĐ huyện Châu Thành", "LĐLĐ huyện Chợ Lách", "LĐLĐ huyện Giồng Trôm",
  "LĐLĐ huyện Mỏ Cày Bắc", "LĐLĐ huyện Mỏ Cày Nam", "LĐLĐ huyện Thạnh Phú", "LĐLĐ thành phố Bến Tre", "Công đoàn ngành Giáo dục",
];
const PLACES = ["An Thới", "Phú Lễ", "Tân Xuân", "Mỹ Nhơn", "An Hiệp", "Giao Long", "Phước Long", "Lương Hòa", "Tân Hào", "Phú Túc", "Sơn Định", "Thới Thạnh"];
const KINDS = ["Trường THCS", "Trường Tiểu học", "Trường Mầm non", "Trạm Y tế xã", "UBND xã", "Công ty TNHH May", "Công ty CP Thủy sản"];

/**
 * The consolidated provincial roster: per upper unit its own full-time cadres and five CĐCS with their committees.
 * Values are drawn so that mistakes come only from planting; shortfalls against the standards are realistic.
 */
export function provincialRows(dice: Dice, year: number): { upper: string; rows: SampleRow[] }[] {
  const used = new Set<string>();
  const person = (sex: Sex, from: number, to: number) => {
    for (;;) {
      const name = personName(dice, sex);
      const birth = dice.int(from, to);
      if (!used.has(`${name}|${birth}`)) {
        used.add(`${name}|${birth}`);
        return { name, birth };
      }
    }
  };
  const trainedBy = (p: number) => (dice.chance(p) ? (dice.chance(0.5) ? "x" : dice.int(2014, year)) : "");
  return UPPER_UNITS.map((upper, u) => {
    const rows: SampleRow[] = [];
    const upperPositions = ["Chủ tịch", "Phó Chủ tịch", dice.chance(0.5) ? "PCT kiêm Chủ nhiệm UBKT" : "Phó Chủ tịch", "Trưởng ban Tổ chức", "Chuyên viên"];
    for (const position of upperPositions) {
      const sex: Sex = dice.chance(0.45) ? "nu" : "nam";
      const p = person(sex, 1965, 1990);
      const contract = dice.chance(0.3);
      rows.push({
        ...p, sex, ethnicity: "Kinh", party: dice.chance(0.5) ? "x" : dice.int(1990, 2012),
        id: cccd(dice, sex, p.birth), unit: upper, level: "Cấp trên cơ sở", position, fullTime: true,
        payroll: contract ? "HĐLĐ" : "Biên chế",
        education: dice.weighted([["Đại học", 6], ["Cử nhân Luật", 2], ["Thạc sĩ", 1], ["Cao đẳng", 1]]),
        llct: dice.weighted([["Trung cấp", 5], ["Cao cấp", 3], ["Sơ cấp", 2]]),
        qlnn: dice.weighted([["Chuyên viên", 6], ["CVC", 1], ["", 2]]),
        language: dice.pick(["Anh B", "Anh A2", "B1", ""]), informatics: dice.pick(["B", "A", "Ứng dụng CNTT cơ bản", ""]),
        unionTraining: trainedBy(0.85), genderTraining: trainedBy(0.6),
        politicalClass: contract && dice.chance(0.4) ? dice.int(2016, year) : "", note: "",
      });
    }
    for (let k = 0; k < 5; k++) {
      const unit = `CĐCS ${KINDS[(u + k) % KINDS.length]} ${PLACES[(u * 5 + k) % PLACES.length]}`;
      for (const position of ["Chủ tịch", "Phó Chủ tịch", "UVBCH", "UVBCH", "UV UBKT"]) {
        const sex: Sex = dice.chance(0.5) ? "nu" : "nam";
        const p = person(sex, 1968, 1996);
        rows.push({
          ...p, sex, ethnicity: dice.weighted([["Kinh", 20], ["Khmer", 1], ["Hoa", 1]]), party: dice.chance(0.5) ? "x" : "",
          id: cccd(dice, sex, p.birth), unit, level: "Cơ sở", position, fullTime: false, payroll: "",
          education: dice.weighted([["Đại học", 5], ["ĐH", 2], ["Cao đẳng", 2], ["Trung cấp", 2], ["12/12", 1]]),
          llct: dice.weighted([["Sơ cấp", 4], ["", 4], ["Trung cấp", 1]]), qlnn: "", language: "", informatics: "",
          unionTraining: trainedBy(position === "Chủ tịch" ? 0.8 : 0.6), genderTraining: trainedBy(position === "Chủ tịch" ? 0.6 : 0.3),
          politicalClass: "", note: "",
        });
      }
    }
    return { upper, rows };
  });
}
