import type { Cadre } from "../cadre";
import { groupByUpperUnit, isTrainedBy, isTrainedIn, TOTAL_UNIT } from "../attainment";
import { foldKey } from "../text";
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

interface RowRule {
  id: string;
  label: string;
  group: string;
  sumsTo?: string;
  counts: (c: Cadre) => boolean;
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
 * @param options the report year Y
 * @returns the table: columns and rows of counts
 * @example computeStatistics(roster, { year: 2019 }).rows[0] // { id: "tong-so", label: "Tổng số cán bộ", values: [12, 30, 42] }
 */
export function computeStatistics(cadres: readonly Cadre[], options: { year: number }): StatisticsTable {
  const { year } = options;
  const rules = statisticsRules(year);
  const groups = groupByUpperUnit(cadres);
  const columns = [...groups.map((g) => g.unit), TOTAL_UNIT];
  const rows: StatisticsRow[] = rules.map((rule) => ({
    id: rule.id,
    label: rule.label,
    group: rule.group,
    ...(rule.sumsTo ? { sumsTo: rule.sumsTo } : {}),
    values: new Array<number>(columns.length).fill(0),
  }));
  // One pass, each cadre judged once per rule and counted in its unit's column and the total (no lists built).
  const total = columns.length - 1;
  groups.forEach((g, column) => {
    for (const c of g.cadres)
      for (let r = 0; r < rules.length; r++)
        if (rules[r].counts(c)) {
          rows[r].values[column]++;
          rows[r].values[total]++;
        }
  });
  return { year, columns, rows };
}

function statisticsRules(year: number): RowRule[] {
  const age = (band: AgeBand) => (c: Cadre) => ageBand(c, year) === band;
  const part =
    (group: string, sumsTo = "tong-so") =>
    (id: string, label: string, counts: (c: Cadre) => boolean) => ({
      id,
      label,
      group,
      sumsTo,
      counts,
    });
  const sex = part("Giới tính");
  const ethnic = part("Dân tộc");
  const party = part("Đảng viên");
  const ages = part("Độ tuổi");
  const level = part("Cấp công đoàn");
  const key = part("Chức danh");
  const kind = part("Loại cán bộ");
  const payroll = part("Biên chế, HĐLĐ", "chuyen-trach");
  const fullTime = (c: Cadre) => c.employment === "chuyen-trach";
  return [
    { id: "tong-so", label: "Tổng số cán bộ", group: "Tổng số", counts: () => true },
    sex("nam", "Nam", (c) => c.gender === "nam"),
    sex("nu", "Nữ", (c) => c.gender === "nu"),
    sex("gioi-tinh-chua-ro", "Chưa rõ giới tính", (c) => c.gender === undefined),
    ethnic("dan-toc-kinh", "Dân tộc Kinh", (c) => ethnicity(c) === "kinh"),
    ethnic("dan-toc-thieu-so", "Dân tộc thiểu số", (c) => ethnicity(c) === "other"),
    ethnic("dan-toc-chua-ro", "Chưa rõ dân tộc", (c) => ethnicity(c) === undefined),
    party("dang-vien", "Đảng viên", (c) => c.partyMember === true),
    // A blank Đảng viên cell is how rosters say "not a member"; the row says what is known, no more.
    party("chua-ghi-dang-vien", "Không ghi là đảng viên", (c) => c.partyMember !== true),
    ages("tuoi-duoi-30", "Dưới 30 tuổi", age("duoi-30")),
    ages("tuoi-30-39", "Từ 30 đến 39 tuổi", age("30-39")),
    ages("tuoi-40-49", "Từ 40 đến 49 tuổi", age("40-49")),
    ages("tuoi-tu-50", "Từ 50 tuổi trở lên", age("tu-50")),
    ages("tuoi-chua-ro", "Chưa rõ tuổi", age("chua-ro")),
    level("cap-trung-uong", "Trung ương", (c) => c.level === "trung-uong"),
    level("cap-tinh", "Tỉnh, ngành trung ương", (c) => c.level === "tinh"),
    level("cap-tren-co-so", "Cấp trên trực tiếp cơ sở", (c) => c.level === "tren-co-so"),
    level("cap-co-so", "Cơ sở", (c) => c.level === "co-so"),
    level("cap-chua-ro", "Chưa rõ cấp công đoàn", (c) => c.level === undefined),
    key("chu-tich", "Chủ tịch", (c) => c.positions[0] === "chu-tich"),
    key("pho-chu-tich", "Phó Chủ tịch", (c) => c.positions[0] === "pho-chu-tich"),
    key("chuc-danh-khac", "Chức danh khác", (c) => c.positions.length > 0 && !KEY.has(c.positions[0])),
    key("chuc-danh-chua-ro", "Chưa rõ chức danh", (c) => c.positions.length === 0),
    kind("chuyen-trach", "Chuyên trách", fullTime),
    kind("khong-chuyen-trach", "Không chuyên trách", (c) => c.employment === "khong-chuyen-trach"),
    kind("loai-chua-ro", "Chưa rõ chuyên trách, không chuyên trách", (c) => !c.employment),
    payroll("bien-che", "Biên chế", (c) => fullTime(c) && c.payroll === "bien-che"),
    payroll("hdld", "HĐLĐ", (c) => fullTime(c) && c.payroll === "hdld"),
    payroll("dien-chua-ro", "Chưa rõ biên chế, HĐLĐ", (c) => fullTime(c) && c.payroll === undefined),
    ...levelRules(
      "hoc-van",
      "Chuyên môn",
      STATISTICS_ROWS.education,
      (c) => c.education,
      "Chưa rõ trình độ chuyên môn",
    ),
    ...levelRules(
      "llct",
      "Lý luận chính trị",
      STATISTICS_ROWS.politicalTheory,
      (c) => c.politicalTheory,
      "Chưa rõ trình độ LLCT",
    ),
    ...levelRules(
      "qlnn",
      "Quản lý nhà nước",
      STATISTICS_ROWS.stateManagement,
      (c) => c.stateManagement,
      "Chưa rõ trình độ QLNN",
    ),
    {
      id: "tap-huan-nghiep-vu-trong-nam",
      label: `Được tập huấn nghiệp vụ công đoàn trong năm ${year}`,
      group: "Đào tạo, bồi dưỡng",
      counts: (c) => isTrainedIn(c.unionTraining, year),
    },
    {
      id: "tap-huan-binh-dang-gioi-trong-nam",
      label: `Được tập huấn bình đẳng giới trong năm ${year}`,
      group: "Đào tạo, bồi dưỡng",
      counts: (c) => isTrainedIn(c.genderTraining, year),
    },
    {
      id: "tap-huan-nghiep-vu-luy-ke",
      label: `Đã tập huấn nghiệp vụ công đoàn (lũy kế đến ${year})`,
      group: "Đào tạo, bồi dưỡng",
      counts: (c) => isTrainedBy(c.unionTraining, year),
    },
  ];
}

const KEY = new Set(["chu-tich", "pho-chu-tich"]);

/** One row per level of an ordered scale, then the "chưa rõ" row. */
function levelRules<T extends string>(
  prefix: string,
  group: string,
  labels: Readonly<Record<T, string>>,
  value: (c: Cadre) => T | undefined,
  unknownLabel: string,
): RowRule[] {
  const codes = Object.keys(labels) as T[];
  return [
    ...codes.map((code) => ({
      id: `${prefix}-${code}`,
      label: labels[code],
      group,
      sumsTo: "tong-so",
      counts: (c: Cadre) => value(c) === code,
    })),
    {
      id: `${prefix}-chua-ro`,
      label: unknownLabel,
      group,
      sumsTo: "tong-so",
      counts: (c: Cadre) => value(c) === undefined,
    },
  ];
}

/** Kinh, another people, or unknown (compared without case and diacritics: "kinh", "KINH", "Kinh " are Kinh). */
function ethnicity(c: Cadre): "kinh" | "other" | undefined {
  const key = c.ethnicity === undefined ? "" : foldKey(c.ethnicity);
  return key === "" ? undefined : key === "kinh" ? "kinh" : "other";
}
