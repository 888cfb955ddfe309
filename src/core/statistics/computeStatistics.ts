import type { Cadre } from "../cadre";
import { groupByUpperUnit, isTrainedBy, isTrainedIn, TOTAL_UNIT, type UnitGroup } from "../attainment";
import { foldKey } from "../text";
import {
  EMPLOYMENTS,
  PAYROLLS,
  UNION_LEVELS,
  type Gender,
  type Payroll,
  type UnionLevel,
} from "../vocab/codes";
import { ageBand, type AgeBand } from "./ageBand";
import { STATISTICS_ROWS } from "./statisticsLabels";

/** One line of the statistics: a count per column. */
export interface StatisticsRow {
  /** Stable identifier ("nu", "hoc-van-dai-hoc", "tap-huan-nghiep-vu-trong-nam"). */
  id: string;
  /** Row title in Vietnamese. */
  label: string;
  /** The section the row belongs to ("Giới tính", "Chuyên môn"…). */
  group: string;
  /** The row the section's rows add up to ("tong-so", or "chuyen-trach" for payroll); absent when they need not. */
  sumsTo?: string;
  /** One count per column of the table. */
  values: number[];
}

/** Yearly statistics of cadre numbers, quality and training (plan mục IV.2–IV.3). */
export interface StatisticsTable {
  year: number;
  /** Upper units in Vietnamese order, "(Chưa rõ đơn vị cấp trên)" if any, then "Tổng cộng". */
  columns: string[];
  rows: StatisticsRow[];
}

/**
 * A section of the table: its rows, and which of them a cadre falls in (-1: none). A partition puts each cadre in
 * exactly one row; a training row is a section of its own. Judging a cadre once a section, not once a row, keeps
 * the count to one pass of a dozen questions a person.
 */
interface Section {
  group: string;
  sumsTo?: string;
  rows: readonly { id: string; label: string }[];
  rowOf: (c: Cadre) => number;
}

/**
 * Counts the roster per upper unit and in total. Each section is a partition of the cadres (of the full-time ones
 * for biên chế / HĐLĐ) with a "Chưa rõ" row for those whose value is empty, so it adds up to "Tổng số cán bộ":
 * sex, ethnicity, party membership, age bands (age = Y − birth year, the age reached by 31/12/Y), union level,
 * key position (the most senior position held), full- or part-time, payroll, education, LLCT, QLNN. Training rows
 * are not a partition: "trained in Y" means the training column's year is Y (a bare mark cannot be placed in a
 * year); the cumulative row counts every training up to Y, marks included.
 *
 * @param cadres the roster (each person once)
 * @param options the report year Y; `groups`, `groupByUpperUnit(cadres)` when the caller has made it already
 * @returns the table: columns and rows of counts
 * @example computeStatistics(roster, { year: 2019 }).rows[0] // { id: "tong-so", label: "Tổng số cán bộ", values: [12, 30, 42] }
 */
export function computeStatistics(
  cadres: readonly Cadre[],
  options: { year: number; groups?: readonly UnitGroup[] },
): StatisticsTable {
  const { year } = options;
  const sections = statisticsSections(year);
  const groups = options.groups ?? groupByUpperUnit(cadres);
  const columns = [...groups.map((g) => g.unit), TOTAL_UNIT];
  const width = columns.length;
  const firstRow: number[] = [];
  let rowCount = 0;
  for (const section of sections) {
    firstRow.push(rowCount);
    rowCount += section.rows.length;
  }
  // One pass, each cadre placed once per section and counted in its unit's column (no lists built); a row's counts
  // sit side by side in one array, and the total column is added up at the end.
  const counts = new Int32Array(rowCount * width);
  const total = width - 1;
  groups.forEach(({ cadres: members }, column) => {
    for (let k = 0; k < members.length; k++)
      for (let s = 0; s < sections.length; s++) {
        const r = sections[s].rowOf(members[k]);
        if (r >= 0) counts[(firstRow[s] + r) * width + column]++;
      }
  });
  const rows: StatisticsRow[] = [];
  sections.forEach((section, s) =>
    section.rows.forEach(({ id, label }, r) => {
      const at = (firstRow[s] + r) * width;
      const values = Array.from(counts.subarray(at, at + width));
      values[total] = values.reduce((sum, n) => sum + n, 0);
      rows.push({
        id,
        label,
        group: section.group,
        ...(section.sumsTo ? { sumsTo: section.sumsTo } : {}),
        values,
      });
    }),
  );
  return { year, columns, rows };
}

function statisticsSections(year: number): Section[] {
  const fullTime = (c: Cadre) => c.employment === "chuyen-trach";
  const training = (id: string, label: string, counts: (c: Cadre) => boolean): Section => ({
    group: "Đào tạo, bồi dưỡng",
    rows: [{ id, label }],
    rowOf: (c) => (counts(c) ? 0 : -1),
  });
  return [
    { group: "Tổng số", rows: [{ id: "tong-so", label: "Tổng số cán bộ" }], rowOf: () => 0 },
    partition(
      "Giới tính",
      [
        ["nam", "Nam"],
        ["nu", "Nữ"],
        ["gioi-tinh-chua-ro", "Chưa rõ giới tính"],
      ],
      (c) => GENDER_ROWS.indexOf(c.gender),
    ),
    partition(
      "Dân tộc",
      [
        ["dan-toc-kinh", "Dân tộc Kinh"],
        ["dan-toc-thieu-so", "Dân tộc thiểu số"],
        ["dan-toc-chua-ro", "Chưa rõ dân tộc"],
      ],
      (c) => ETHNICITY_ROWS.indexOf(ethnicity(c)),
    ),
    partition(
      "Đảng viên",
      [
        ["dang-vien", "Đảng viên"],
        // A blank Đảng viên cell is how rosters say "not a member"; the row says what is known, no more.
        ["chua-ghi-dang-vien", "Không ghi là đảng viên"],
      ],
      (c) => (c.partyMember === true ? 0 : 1),
    ),
    partition(
      "Độ tuổi",
      [
        ["tuoi-duoi-30", "Dưới 30 tuổi"],
        ["tuoi-30-39", "Từ 30 đến 39 tuổi"],
        ["tuoi-40-49", "Từ 40 đến 49 tuổi"],
        ["tuoi-tu-50", "Từ 50 tuổi trở lên"],
        ["tuoi-chua-ro", "Chưa rõ tuổi"],
      ],
      (c) => AGE_BANDS.indexOf(ageBand(c, year)),
    ),
    partition(
      "Cấp công đoàn",
      [
        ["cap-trung-uong", "Trung ương"],
        ["cap-tinh", "Tỉnh, ngành trung ương"],
        ["cap-tren-co-so", "Cấp trên trực tiếp cơ sở"],
        ["cap-co-so", "Cơ sở"],
        ["cap-chua-ro", "Chưa rõ cấp công đoàn"],
      ],
      (c) => LEVEL_ROWS.indexOf(c.level),
    ),
    partition(
      "Chức danh",
      [
        ["chu-tich", "Chủ tịch"],
        ["pho-chu-tich", "Phó Chủ tịch"],
        ["chuc-danh-khac", "Chức danh khác"],
        ["chuc-danh-chua-ro", "Chưa rõ chức danh"],
      ],
      (c) =>
        c.positions.length === 0
          ? 3
          : c.positions[0] === "chu-tich"
            ? 0
            : c.positions[0] === "pho-chu-tich"
              ? 1
              : 2,
    ),
    partition(
      "Loại cán bộ",
      [
        ["chuyen-trach", "Chuyên trách"],
        ["khong-chuyen-trach", "Không chuyên trách"],
        ["loai-chua-ro", "Chưa rõ chuyên trách, không chuyên trách"],
      ],
      (c) => (!c.employment ? 2 : EMPLOYMENTS.indexOf(c.employment)),
    ),
    partition(
      "Biên chế, HĐLĐ",
      [
        ["bien-che", "Biên chế"],
        ["hdld", "HĐLĐ"],
        ["dien-chua-ro", "Chưa rõ biên chế, HĐLĐ"],
      ],
      (c) => (fullTime(c) ? PAYROLL_ROWS.indexOf(c.payroll) : -1),
      "chuyen-trach",
    ),
    levels(
      "hoc-van",
      "Chuyên môn",
      STATISTICS_ROWS.education,
      (c) => c.education,
      "Chưa rõ trình độ chuyên môn",
    ),
    levels(
      "llct",
      "Lý luận chính trị",
      STATISTICS_ROWS.politicalTheory,
      (c) => c.politicalTheory,
      "Chưa rõ trình độ LLCT",
    ),
    levels(
      "qlnn",
      "Quản lý nhà nước",
      STATISTICS_ROWS.stateManagement,
      (c) => c.stateManagement,
      "Chưa rõ trình độ QLNN",
    ),
    training("tap-huan-nghiep-vu-trong-nam", `Được tập huấn nghiệp vụ công đoàn trong năm ${year}`, (c) =>
      isTrainedIn(c.unionTraining, year),
    ),
    training("tap-huan-binh-dang-gioi-trong-nam", `Được tập huấn bình đẳng giới trong năm ${year}`, (c) =>
      isTrainedIn(c.genderTraining, year),
    ),
    training("tap-huan-nghiep-vu-luy-ke", `Đã tập huấn nghiệp vụ công đoàn (lũy kế đến ${year})`, (c) =>
      isTrainedBy(c.unionTraining, year),
    ),
  ];
}

// Each partition's values in the order of its rows (undefined: the "chưa rõ" row); a value in none counts nowhere.
const GENDER_ROWS: readonly (Gender | undefined)[] = ["nam", "nu", undefined];
const ETHNICITY_ROWS: readonly ("kinh" | "other" | undefined)[] = ["kinh", "other", undefined];
const AGE_BANDS: readonly AgeBand[] = ["duoi-30", "30-39", "40-49", "tu-50", "chua-ro"];
const LEVEL_ROWS: readonly (UnionLevel | undefined)[] = [...UNION_LEVELS, undefined];
const PAYROLL_ROWS: readonly (Payroll | undefined)[] = [...PAYROLLS, undefined];

/** A section whose rows add up to `sumsTo` (the whole roster unless told). */
function partition(
  group: string,
  rows: readonly (readonly [id: string, label: string])[],
  rowOf: (c: Cadre) => number,
  sumsTo = "tong-so",
): Section {
  return { group, sumsTo, rows: rows.map(([id, label]) => ({ id, label })), rowOf };
}

/** One row per level of an ordered scale, then the "chưa rõ" row. */
function levels<T extends string>(
  prefix: string,
  group: string,
  labels: Readonly<Record<T, string>>,
  value: (c: Cadre) => T | undefined,
  unknownLabel: string,
): Section {
  const codes = Object.keys(labels) as T[];
  const rows = [
    ...codes.map((code) => [`${prefix}-${code}`, labels[code]] as const),
    [`${prefix}-chua-ro`, unknownLabel] as const,
  ];
  return partition(group, rows, (c) => {
    const v = value(c);
    return v === undefined ? codes.length : codes.indexOf(v);
  });
}

/** Kinh, another people, or unknown (compared without case and diacritics: "kinh", "KINH", "Kinh " are Kinh). */
function ethnicity(c: Cadre): "kinh" | "other" | undefined {
  const key = c.ethnicity === undefined ? "" : foldKey(c.ethnicity);
  return key === "" ? undefined : key === "kinh" ? "kinh" : "other";
}
