import type { Cadre } from "../cadre";
import { groupByUpperUnit, isTrainedBy, isTrainedIn, TOTAL_UNIT } from "../attainment";
import { foldKey } from "../text";
import { ageBand, type AgeBand } from "./ageBand";
import { EDUCATION_LABELS, POLITICAL_THEORY_LABELS, STATE_MANAGEMENT_LABELS } from "./statisticsLabels";

/** One line of the statistics: a count per column. */
export interface StatisticsRow {
  /** Stable identifier ("nu", "hoc-van-dai-hoc", "tap-huan-nghiep-vu-trong-nam"). */
  id: string;
  /** Row title in Vietnamese. */
  label: string;
  /** The section the row belongs to ("Độ tuổi", "Trình độ chuyên môn"…); rows of one section add up to the total. */
  group: string;
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
  counts: (c: Cadre) => boolean;
}

/**
 * Counts the roster per upper unit and in total: numbers, women, party members, ethnic minorities, age
 * bands, kinds of cadre, education, LLCT, QLNN, and training. Each section of levels has a "chưa rõ" row
 * for cadres whose value is empty, so a section adds up to "Tổng số cán bộ".
 * "Trained in Y" means the training column's year is Y (a bare mark cannot be placed in a year); the
 * cumulative row counts every training up to Y, marks included.
 *
 * @param cadres the roster
 * @param options the report year Y (ages are Y − birth year)
 * @returns the table: columns and rows of counts
 * @example computeStatistics(roster, { year: 2019 }).rows[0] // { id: "tong-so", label: "Tổng số cán bộ", values: [12, 30, 42] }
 */
export function computeStatistics(cadres: readonly Cadre[], options: { year: number }): StatisticsTable {
  const { year } = options;
  const rules = statisticsRules(year);
  const groups = groupByUpperUnit(cadres);
  const columns = [...groups.map((g) => g.unit), TOTAL_UNIT];
  const rows = rules.map((rule) => ({
    id: rule.id,
    label: rule.label,
    group: rule.group,
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
  return [
    { id: "tong-so", label: "Tổng số cán bộ", group: "Tổng số", counts: () => true },
    { id: "nu", label: "Nữ", group: "Trong đó", counts: (c) => c.gender === "nu" },
    { id: "dang-vien", label: "Đảng viên", group: "Trong đó", counts: (c) => c.partyMember === true },
    { id: "dan-toc-thieu-so", label: "Dân tộc thiểu số", group: "Trong đó", counts: isEthnicMinority },
    { id: "tuoi-duoi-30", label: "Dưới 30 tuổi", group: "Độ tuổi", counts: age("duoi-30") },
    { id: "tuoi-30-39", label: "Từ 30 đến 39 tuổi", group: "Độ tuổi", counts: age("30-39") },
    { id: "tuoi-40-49", label: "Từ 40 đến 49 tuổi", group: "Độ tuổi", counts: age("40-49") },
    { id: "tuoi-tu-50", label: "Từ 50 tuổi trở lên", group: "Độ tuổi", counts: age("tu-50") },
    { id: "tuoi-chua-ro", label: "Chưa rõ tuổi", group: "Độ tuổi", counts: age("chua-ro") },
    {
      id: "chuyen-trach",
      label: "Chuyên trách",
      group: "Loại cán bộ",
      counts: (c) => c.employment === "chuyen-trach",
    },
    {
      id: "khong-chuyen-trach",
      label: "Không chuyên trách",
      group: "Loại cán bộ",
      counts: (c) => c.employment === "khong-chuyen-trach",
    },
    {
      id: "loai-chua-ro",
      label: "Chưa rõ chuyên trách, không chuyên trách",
      group: "Loại cán bộ",
      counts: (c) => !c.employment,
    },
    // Payroll applies to full-time cadres only, so these two are not meant to add up to the total.
    {
      id: "bien-che",
      label: "Biên chế",
      group: "Diện chuyên trách",
      counts: (c) => c.payroll === "bien-che",
    },
    { id: "hdld", label: "HĐLĐ", group: "Diện chuyên trách", counts: (c) => c.payroll === "hdld" },
    ...levelRules(
      "hoc-van",
      "Trình độ chuyên môn",
      EDUCATION_LABELS,
      (c) => c.education,
      "Chưa rõ trình độ chuyên môn",
    ),
    ...levelRules(
      "llct",
      "Lý luận chính trị",
      POLITICAL_THEORY_LABELS,
      (c) => c.politicalTheory,
      "Chưa rõ trình độ LLCT",
    ),
    ...levelRules(
      "qlnn",
      "Quản lý nhà nước",
      STATE_MANAGEMENT_LABELS,
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
      counts: (c: Cadre) => value(c) === code,
    })),
    { id: `${prefix}-chua-ro`, label: unknownLabel, group, counts: (c: Cadre) => value(c) === undefined },
  ];
}

/** Dân tộc given and not Kinh (compared without case and diacritics: "kinh", "KINH", "Kinh " are Kinh). */
function isEthnicMinority(c: Cadre): boolean {
  if (c.ethnicity === undefined) return false;
  const key = foldKey(c.ethnicity);
  return key !== "" && key !== "kinh";
}
