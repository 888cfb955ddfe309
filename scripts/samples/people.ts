import type { Dice } from "./prng";

/** Realistic Vietnamese names: family names by frequency, middle and given names by gender. */
const FAMILY: [string, number][] = [
  ["Nguyễn", 30], ["Trần", 11], ["Lê", 9], ["Phạm", 7], ["Huỳnh", 6], ["Võ", 6], ["Phan", 4], ["Trương", 3],
  ["Bùi", 2], ["Đặng", 2], ["Đỗ", 2], ["Ngô", 2], ["Hồ", 2], ["Dương", 2], ["Lý", 1], ["Đoàn", 1], ["Mai", 1],
];
const MIDDLE = { nam: ["Văn", "Minh", "Hoàng", "Thanh", "Quốc", "Hữu", "Đức", "Công", "Ngọc"], nu: ["Thị", "Ngọc", "Thanh", "Kim", "Thu", "Mỹ", "Thị Kim", "Thị Ngọc"] };
const GIVEN = {
  nam: ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khoa", "Long", "Minh", "Nam", "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Khánh", "Lộc", "Nghĩa", "Thịnh"],
  nu: ["Anh", "Bích", "Châu", "Diễm", "Dung", "Hà", "Hạnh", "Hoa", "Hồng", "Hương", "Lan", "Liên", "Mai", "Nga", "Nhung", "Phượng", "Thảo", "Trang", "Tuyết", "Yến", "Loan", "Ngân", "Oanh", "Vân"],
};

export type Sex = "nam" | "nu";

export function personName(dice: Dice, sex: Sex): string {
  return `${dice.weighted(FAMILY)} ${dice.pick(MIDDLE[sex])} ${dice.pick(GIVEN[sex])}`;
}

/** A 12-digit CCCD: Bến Tre's province code 083, then century/sex digit, year of birth, six digits. */
export function cccd(dice: Dice, sex: Sex, year: number): string {
  const centurySex = (year >= 2000 ? 2 : 0) + (sex === "nu" ? 1 : 0);
  return `083${centurySex}${String(year % 100).padStart(2, "0")}${dice.digits(6)}`;
}
