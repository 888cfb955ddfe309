import { cellAddress, type Grid } from "../grid";
import { sheetProblem, type SheetProblem } from "../messages/sheetProblem";
import { foldKey } from "../text";

/** One year of the union's funds: what it had and what it spent on training (đồng). */
export interface FinanceYear {
  year: number;
  funds: number;
  trainingSpending: number;
}

export const FINANCE_SHEET_NAME = "Kinh phí";

const YEAR = ["nam"];
const FUNDS = ["tong kinh phi", "kinh phi cong doan", "tong kinh phi cong doan", "tong thu", "kinh phi"];
const TRAINING = [
  "chi dao tao",
  "chi dao tao boi duong",
  "kinh phi dao tao",
  "chi boi duong",
  "chi tap huan",
  "dao tao",
];

/**
 * Reads the optional finance sheet: a header with "Năm", the union's total funds and the training spending
 * (in any order, found in the first 30 rows), then one row per year. Unreadable cells are reported, not guessed.
 *
 * @example readFinanceSheet(grid).years // [{ year: 2019, funds: 5_200_000_000, trainingSpending: 780_000_000 }]
 */
export function readFinanceSheet(grid: Grid): { years: FinanceYear[]; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  for (let h = 0; h < Math.min(30, grid.values.length); h++) {
    const row = grid.values[h] ?? [];
    const keys = row.map((v) => (typeof v === "string" ? foldKey(v) : ""));
    const yearCol = keys.findIndex((k) => YEAR.includes(k));
    const trainingCol = keys.findIndex((k) => TRAINING.some((a) => k.startsWith(a) || k.includes(` ${a}`)));
    const fundsCol = keys.findIndex((k, i) => i !== trainingCol && FUNDS.some((a) => k.startsWith(a)));
    if (yearCol < 0 || fundsCol < 0 || trainingCol < 0) continue;

    const years: FinanceYear[] = [];
    for (let r = h + 1; r < grid.values.length; r++) {
      const line = grid.values[r] ?? [];
      const year = line[yearCol];
      if (year === "" || year === null || year === undefined) break;
      const funds = money(line[fundsCol]);
      const spending = money(line[trainingCol]);
      if (typeof year !== "number" || !Number.isInteger(year)) {
        problems.push(sheetProblem(cellAddress(r, yearCol), "not-a-year", { text: String(year) }));
        continue;
      }
      if (funds === undefined)
        problems.push(sheetProblem(cellAddress(r, fundsCol), "not-money", { column: "funds" }));
      if (spending === undefined)
        problems.push(sheetProblem(cellAddress(r, trainingCol), "not-money", { column: "training" }));
      if (funds !== undefined && spending !== undefined)
        years.push({ year, funds, trainingSpending: spending });
    }
    return { years, problems };
  }
  return { years: [], problems: [sheetProblem("A1", "no-header", { table: "finance" })] };
}

/** Money typed as a number or as text with thousand separators ("5.200.000.000" or "5,200,000,000"). */
function money(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
  if (typeof v !== "string") return undefined;
  const digits = v.replace(/[\s.,đ]|vnd/gi, "");
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}
