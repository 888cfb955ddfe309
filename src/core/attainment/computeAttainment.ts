import type { Cadre } from "../cadre";
import type { Position } from "../vocab/codes";
import { groupByUpperUnit, TOTAL_UNIT, type UnitGroup } from "./groupByUpperUnit";
import { hasPoliticalQualification } from "./hasPoliticalQualification";
import { DEFAULT_KEY_POSITIONS, isKeyCadre } from "./isKeyCadre";
import { isTrainedBy } from "./isTrainedBy";
import { isUpperLevel } from "./isUpperLevel";
import { scoreAmount, scoreCount } from "./scoreIndicator";
import { DEFAULT_TARGETS, type IndicatorId, type Target, type Targets } from "./targets";

/** One indicator of one unit (or of the total, unit "Tổng cộng"). */
export interface Indicator {
  id: IndicatorId;
  /** The upper unit's name, "Tổng cộng" for the total, "(Chưa rõ đơn vị cấp trên)" for cadres without one. */
  unit: string;
  title: string;
  /** People who reached it (I7: training spending). */
  numerator: number;
  /** People it applies to (I7: the year's funds). */
  denominator: number;
  /** 0..1; null when the denominator is 0. */
  percent: number | null;
  target: Target;
  /** null when it cannot be judged (no denominator; "increase" without last year). */
  met: boolean | null;
  /** People still needed to meet the target (I7: money still to spend); 0 when met; null when it cannot be judged. */
  gap: number | null;
  /** I6: last year's share for the same unit (null when last year's roster is absent or has nobody there). */
  previous?: number | null;
  /** Why a row is empty or how to read it (e.g. no finance data; I5 due in a later year). */
  note?: string;
}

/** One year of the union's funds and what it spent on training, in one currency unit. */
export interface AttainmentFinance {
  year: number;
  funds: number;
  trainingSpending: number;
}

export interface AttainmentOptions {
  /** The report year Y: training with a later year does not count. */
  year: number;
  /** Overrides of the plan's targets. */
  targets?: Partial<Targets>;
  /** The standards evaluation: true/false per cadre, undefined when no standard applies to it. */
  meetsStandard: (cadre: Cadre) => boolean | undefined;
  /** Last year's roster, for I6's "higher than last year". */
  previous?: readonly Cadre[];
  /** The union's funds per year, for I7. */
  finance?: readonly AttainmentFinance[];
  /** Positions that make a cadre key when the roster has no "Chủ chốt" column (default CT, PCT). */
  keyPositions?: readonly Position[];
  /** `groupByUpperUnit(cadres)`, when the caller has made it already (a report splits the roster once). */
  groups?: readonly UnitGroup[];
}

/** Vietnamese titles of the indicators (I5's names its due year, filled in below). */
export const INDICATOR_TITLES: Readonly<Record<IndicatorId, string>> = {
  I1: "Cán bộ công đoàn chuyên trách được đào tạo, bồi dưỡng, tập huấn lý luận, nghiệp vụ công tác công đoàn",
  I2: "Cán bộ công đoàn không chuyên trách được đào tạo, bồi dưỡng, tập huấn lý luận, nghiệp vụ công tác công đoàn",
  I3: "Cán bộ chủ chốt công đoàn các cấp được bồi dưỡng, tập huấn về bình đẳng giới, lồng ghép giới",
  I4: "Cán bộ nữ công đoàn cấp trên cơ sở trở lên được bồi dưỡng, tập huấn về bình đẳng giới, lồng ghép giới",
  I5: "Cán bộ công đoàn chuyên trách diện HĐLĐ học trung cấp chính trị",
  I6: "Cán bộ công đoàn cấp trên cơ sở trở lên có trình độ chính trị, chuyên môn, nghiệp vụ đạt chuẩn chức danh",
  I7: "Kinh phí công đoàn chi cho đào tạo, bồi dưỡng, tập huấn cán bộ công đoàn",
};

/** A head-count indicator: who it applies to and who reached it. */
interface CountRule {
  id: Exclude<IndicatorId, "I7">;
  applies: (c: Cadre) => boolean;
  reached: (c: Cadre) => boolean;
}

/**
 * Computes the plan's indicators per upper unit and for the whole roster.
 *
 * Rules, for report year Y ("trained" = training done with no year or a year ≤ Y):
 * I1 full-time cadres trained in union skills; I2 part-time likewise; I3 key cadres trained on gender
 * equality; I4 women at upper-grassroots level and above trained on gender equality; I5 full-time HĐLĐ
 * cadres in or through the trung cấp chính trị class, or with LLCT ≥ trung cấp; I6 upper-grassroots-and-above
 * cadres meeting every standard that applies to them, over all cadres at those levels (one no standard covers
 * is counted and not reached), against last year's share; I7 training
 * spending over the year's funds (total only: finance is not kept per unit).
 *
 * I5's target is due in `targets.endYear`; in earlier years it is still judged against the full target, so
 * the report shows how far the province is from the end goal (a note says when it is due).
 *
 * @param cadres this year's roster
 * @param options report year, standards evaluation, and the optional targets, last year's roster, finance
 * @returns I1–I6 for each upper unit (Vietnamese order, unknown unit last), then I1–I7 for "Tổng cộng"
 * @example computeAttainment(roster, { year: 2019, meetsStandard: () => undefined })[0].id // "I1"
 */
export function computeAttainment(cadres: readonly Cadre[], options: AttainmentOptions): Indicator[] {
  const { year } = options;
  const targets: Targets = { ...DEFAULT_TARGETS, ...options.targets };
  const keyPositions = options.keyPositions ?? DEFAULT_KEY_POSITIONS;
  const evaluate = memo(options.meetsStandard);

  const rules: CountRule[] = [
    {
      id: "I1",
      applies: (c) => c.employment === "chuyen-trach",
      reached: (c) => isTrainedBy(c.unionTraining, year),
    },
    {
      id: "I2",
      applies: (c) => c.employment === "khong-chuyen-trach",
      reached: (c) => isTrainedBy(c.unionTraining, year),
    },
    {
      id: "I3",
      applies: (c) => isKeyCadre(c, keyPositions),
      reached: (c) => isTrainedBy(c.genderTraining, year),
    },
    {
      id: "I4",
      applies: (c) => c.gender === "nu" && isUpperLevel(c.level),
      reached: (c) => isTrainedBy(c.genderTraining, year),
    },
    {
      id: "I5",
      applies: (c) => c.employment === "chuyen-trach" && c.payroll === "hdld",
      reached: (c) => hasPoliticalQualification(c, year),
    },
    {
      // Every cadre at these levels counts; one no standard covers cannot be shown to meet one (see
      // `cadresWithoutStandard`, which the report names).
      id: "I6",
      applies: (c) => isUpperLevel(c.level),
      reached: (c) => evaluate(c) === true,
    },
  ];
  const i6 = rules[5];
  // Last year's I6 share per unit, with last year's roster judged by the same standards.
  const previousShare = new Map<string, number | null>();
  if (options.previous) {
    const all = options.previous.filter(i6.applies);
    previousShare.set(TOTAL_UNIT, share(all.filter(i6.reached).length, all.length));
    for (const g of groupByUpperUnit(all))
      previousShare.set(g.unit, share(g.cadres.filter(i6.reached).length, g.cadres.length));
  }

  // Each cadre is judged once per rule, in its unit; the total is the sum of the units (they partition the roster).
  const tally = (members: readonly Cadre[]) =>
    rules.map((rule) => {
      let applies = 0;
      let reached = 0;
      for (let k = 0; k < members.length; k++)
        if (rule.applies(members[k])) {
          applies++;
          if (rule.reached(members[k])) reached++;
        }
      return { applies, reached };
    });
  const indicatorsOf = (unit: string, counts: { applies: number; reached: number }[]): Indicator[] =>
    rules.map((rule, i) => {
      const numerator = counts[i].reached;
      const denominator = counts[i].applies;
      const previous = rule.id === "I6" ? (previousShare.get(unit) ?? null) : undefined;
      const indicator: Indicator = {
        id: rule.id,
        unit,
        title:
          rule.id === "I5"
            ? `${INDICATOR_TITLES.I5} (chỉ tiêu đến năm ${targets.endYear})`
            : INDICATOR_TITLES[rule.id],
        numerator,
        denominator,
        ...scoreCount(numerator, denominator, targets[rule.id], previous),
        target: targets[rule.id],
      };
      if (rule.id === "I6") indicator.previous = previous;
      if (rule.id === "I5" && year < targets.endYear)
        indicator.note = `Chỉ tiêu phải đạt vào năm ${targets.endYear}; năm ${year} đối chiếu với mức cuối kỳ.`;
      if (rule.id === "I6" && !options.previous) indicator.note = "Chưa có danh sách năm trước để so sánh.";
      return indicator;
    });

  const result: Indicator[] = [];
  const total = rules.map(() => ({ applies: 0, reached: 0 }));
  for (const g of options.groups ?? groupByUpperUnit(cadres)) {
    const counts = tally(g.cadres);
    counts.forEach((c, i) => {
      total[i].applies += c.applies;
      total[i].reached += c.reached;
    });
    result.push(...indicatorsOf(g.unit, counts));
  }
  result.push(...indicatorsOf(TOTAL_UNIT, total), financeIndicator(year, targets.I7, options.finance));
  return result;
}

/** I7 from the finance rows of year Y (several rows of one year are added up: funds may come from several sources). */
function financeIndicator(
  year: number,
  target: Target,
  finance: readonly AttainmentFinance[] | undefined,
): Indicator {
  const rows = (finance ?? []).filter((f) => f.year === year);
  const base = { id: "I7" as const, unit: TOTAL_UNIT, title: INDICATOR_TITLES.I7, target };
  if (rows.length === 0)
    return {
      ...base,
      numerator: 0,
      denominator: 0,
      percent: null,
      met: null,
      gap: null,
      note: `Chưa có số liệu kinh phí năm ${year}.`,
    };
  const funds = rows.reduce((s, f) => s + f.funds, 0);
  const spending = rows.reduce((s, f) => s + f.trainingSpending, 0);
  return { ...base, numerator: spending, denominator: funds, ...scoreAmount(spending, funds, target) };
}

function share(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** The standards evaluation may be costly and each rule asks twice; ask once per cadre. */
function memo(f: (c: Cadre) => boolean | undefined): (c: Cadre) => boolean | undefined {
  const seen = new Map<Cadre, boolean | undefined>();
  return (c) => {
    if (!seen.has(c)) seen.set(c, f(c));
    return seen.get(c);
  };
}
