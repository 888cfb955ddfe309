import { cellAddress, type CellValue } from "../grid";
import { foldKey, normalizeText } from "../text";
import { POSITIONS, UNION_LEVELS, type Employment } from "../vocab/codes";
import type { PositionStandard, Requirements } from "./positionStandard";
import { readCode, type CodeKinds } from "./readCode";
import type { StandardsColumnKey } from "./standardsColumns";
import {
  sheetProblem,
  type SheetProblem,
  type SheetProblemCode,
  type SheetProblemParams,
} from "../messages/sheetProblem";

/** Where each column of the table is (0-based); absent = the sheet has no such column. */
export type ColumnPlaces = Partial<Record<StandardsColumnKey, number>>;

/**
 * Reads one table row of the "Tiêu chuẩn" sheet into a standard. Each unreadable cell is one problem; a row with
 * any problem gives no standard, since checking people against half a rule would blame them wrongly. Blank
 * minimum and yes/no cells mean "no requirement"; a blank employment cell means both kinds; level and position
 * cells must be filled ("Tất cả" for every one). A row that requires nothing is a problem too.
 *
 * @param line the row's cells
 * @param row its 0-based row index (for addresses)
 * @param cols where the columns are; `id` must be present and its cell non-empty
 * @returns the standard, or the problems that prevented it
 * @example readStandardRow(["S3", "Chủ tịch CĐCS", "Cơ sở", "Chủ tịch", "", "", "", "", "Có"], 7, cols)
 *   // { standard: { id: "S3", …, requires: { unionTraining: true } }, problems: [] }
 */
export function readStandardRow(
  line: readonly CellValue[],
  row: number,
  cols: ColumnPlaces,
): { standard?: PositionStandard; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const at = (key: StandardsColumnKey) => cols[key];
  const cell = (key: StandardsColumnKey): CellValue => {
    const c = at(key);
    return c === undefined ? null : (line[c] ?? null);
  };
  const report = <C extends SheetProblemCode>(
    key: StandardsColumnKey,
    code: C,
    params: SheetProblemParams[C],
  ) => problems.push(sheetProblem(cellAddress(row, at(key) ?? 0), code, params));

  const id = textOf(cell("id"));
  const title = textOf(cell("title")) || id;
  const levels = readList("level", UNION_LEVELS, textOf(cell("levels")));
  if (!Array.isArray(levels)) report("levels", "unknown-levels", { text: levels });
  const positionText = textOf(cell("positions"));
  const positions = isAllText(positionText) ? "all" : readList("position", POSITIONS, positionText);
  if (typeof positions === "string" && positions !== "all")
    report("positions", "unknown-positions", { text: positions });
  const employment = readEmployment(textOf(cell("employment")));
  if (employment === undefined) {
    report("employment", "unknown-employment", { text: textOf(cell("employment")) });
  }

  const requires: Requirements = {};
  for (const key of MINIMUMS) {
    const text = textOf(cell(key));
    if (isNone(text)) continue;
    const code = readCode(key, text);
    if (code === undefined) report(key, "unknown-minimum", { criterion: key, text });
    else Object.assign(requires, { [key]: code });
  }
  for (const key of ["unionTraining", "partyMember"] as const) {
    const yes = readYes(cell(key));
    if (yes === undefined) report(key, "unknown-yes", { criterion: key, text: textOf(cell(key)) });
    else if (yes) requires[key] = true;
  }
  const age = readAge(cell("maxAge"));
  if (age === undefined) report("maxAge", "unknown-age", { text: textOf(cell("maxAge")) });
  else if (age !== null) requires.maxAge = age;

  if (problems.length > 0 || typeof levels === "string" || employment === undefined) return { problems };
  if (typeof positions === "string" && positions !== "all") return { problems };
  if (Object.keys(requires).length === 0) {
    const key = at("education") !== undefined ? "education" : "id";
    report(key, "no-requirement", { id });
    return { problems };
  }
  const source = textOf(cell("source"));
  const standard: PositionStandard = {
    id,
    title,
    levels,
    positions,
    employment,
    requires,
  };
  if (source) standard.source = source;
  return { standard, problems };
}

/** The minimum columns, each read with its scale. */
const MINIMUMS = ["education", "politicalTheory", "stateManagement"] as const;

/** A cell as clean text: numbers as written, booleans and empties as "". */
function textOf(v: CellValue | undefined): string {
  if (typeof v === "string") return normalizeText(v);
  if (typeof v === "number") return String(v);
  return "";
}

function isAllText(text: string): boolean {
  return ["tat ca", "all", "moi cap", "moi chuc danh"].includes(foldKey(text));
}

/** Blank, a dash or "không (yêu cầu)": no minimum. */
function isNone(text: string): boolean {
  return ["", "khong", "khong yeu cau"].includes(foldKey(text));
}

/**
 * A ", "-separated list of codes in scale order, every code for "Tất cả"; otherwise the text that could not be
 * read (a string: the blank cell or the unknown parts), so the message can quote it.
 */
function readList<K extends "level" | "position">(
  kind: K,
  scale: readonly CodeKinds[K][],
  text: string,
): CodeKinds[K][] | string {
  if (text === "") return "";
  if (isAllText(text)) return [...scale];
  const parts = text
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const codes = parts.map((p) => readCode(kind, p));
  const unknown = parts.filter((_, i) => codes[i] === undefined);
  if (unknown.length > 0 || parts.length === 0) return unknown.join(", ") || text;
  return scale.filter((c) => codes.includes(c));
}

function readEmployment(text: string): Employment | "any" | undefined {
  const key = foldKey(text);
  if (["", "tat ca", "ca hai", "khong phan biet", "any"].includes(key)) return "any";
  return readCode("employment", text);
}

/** true = required, false = not required, undefined = unreadable. A tick mark folds to nothing, so check it first. */
function readYes(v: CellValue): boolean | undefined {
  if (v === true || v === 1) return true;
  if (v === false || v === 0 || v === null || v === undefined) return false;
  if (typeof v !== "string") return undefined;
  if (/^\s*[✓✔☑√]\s*$/.test(v)) return true;
  // A dash is how many people write "nothing" in a table.
  if (/^[\s\-–—]*$/.test(v)) return false;
  const key = foldKey(v);
  if (["co", "x", "yes", "bat buoc", "true"].includes(key)) return true;
  if (["khong", "no", "false"].includes(key)) return false;
  return undefined;
}

/** A whole number of years (60, "60", "60 tuổi"); null when blank (no limit); undefined when unreadable. */
function readAge(v: CellValue): number | null | undefined {
  const text = textOf(v);
  if (text === "") return null;
  const m = /^(\d{2,3})(?:\s*tuổi)?$/i.exec(text);
  const age = m ? Number(m[1]) : NaN;
  return Number.isInteger(age) && age >= 18 && age <= 100 ? age : undefined;
}
