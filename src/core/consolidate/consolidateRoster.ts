import { extraValue, type Cadre, type PartialDate, type Training } from "../cadre";
import type { CellValue } from "../grid";
import { parseAddress } from "../grid";
import type { Finding } from "../findings";
import { formatFinding, type Messages } from "../messages";
import { tidyName } from "../fixes";
import { REVIEW_COLUMN, SOURCE_COLUMN } from "../roster";
import { foldKey, normalizeText } from "../text";
import { findDuplicatePersons } from "../validate";
import {
  CODED_VOCABULARIES,
  GENDER_VOCAB,
  POSITION_VOCAB,
  labelOf,
  type CodedField,
  type Vocabulary,
} from "../vocab";
import type { RosterColumnKey } from "./columns";

/** Where a row of the consolidated roster came from: a file's sheet and the person's name cell. */
export interface RowSource {
  file?: string;
  sheet: string;
  cell: string;
}

/** One person of the consolidated roster. */
export interface ConsolidatedRow {
  cadre: Cadre;
  /** The values written, in canonical form, by column (STT is given by the layout). */
  values: Partial<Record<RosterColumnKey, CellValue>>;
  /** The birth date is a whole day (written as a date) rather than a year. */
  fullDate: boolean;
  source: RowSource;
  /** "Nguồn" as the consolidated roster read again says it, when this row comes from one. */
  sourceText?: string;
  /** What is still to review on this person, in words: the findings not resolved by consolidating. */
  review: string[];
  /** Those findings, as data. */
  open: Finding[];
  /** Where the other copies of this person were (set aside). */
  copies: RowSource[];
}

/** The rows under one upper unit, in the order the files gave them. */
export interface RosterGroup {
  upperUnit: string | undefined;
  rows: ConsolidatedRow[];
}

export interface ConsolidatedRoster {
  groups: RosterGroup[];
  /** Every person once. */
  count: number;
  /** Rows set aside as copies of a person already listed. */
  duplicates: number;
}

/**
 * Findings that consolidating resolves: the text is written in Unicode, the 11-digit CCCD with its 0, the copies
 * of a person once. Every other finding on a person stays open and is listed under "Cần xem lại".
 */
const RESOLVED = new Set<Finding["code"]>(["legacy-encoding", "duplicate-person"]);

/**
 * One roster from the cadres of every readable file: each person once (a later copy is set aside and named on the
 * first's row), every value in its canonical form (Unicode NFC, the vocabularies' labels, names' spacing and case,
 * the 12-digit CCCD as text, a value not understood kept as typed), grouped by upper unit (Vietnamese order,
 * the rows without one first) in the order the files gave them. A row read from a consolidated roster keeps its
 * "Nguồn" and "Cần xem lại", so consolidating the result again gives the same roster.
 *
 * @param cadres every cadre of every file, in the files' order
 * @param findings every finding of the check (a batch's include the copies across files)
 * @param m the language of "Cần xem lại"
 */
export function consolidateRoster(
  cadres: readonly Cadre[],
  findings: readonly Finding[],
  m: Messages,
): ConsolidatedRoster {
  const byRow = new Map<string, Finding[]>();
  const copyPlaces = new Set<string>();
  for (const f of findings) {
    if (f.code === "duplicate-person" && f.sheet && f.cell) copyPlaces.add(placeKey(f.file, f.sheet, f.cell));
    const row = f.row ?? (f.cell ? (parseAddress(f.cell)?.row ?? -1) + 1 : 0);
    if (!f.sheet || row <= 0) continue;
    const key = rowKey(f.file, f.sheet, row);
    const list = byRow.get(key);
    if (list) list.push(f);
    else byRow.set(key, [f]);
  }
  const copiesOf = firstsOfCopies(cadres);

  const groups = new Map<string, RosterGroup>();
  let count = 0;
  cadres.forEach((cadre, i) => {
    if (copyPlaces.has(placeKey(cadre.file, cadre.sheet, cadre.nameCell))) return;
    const own = byRow.get(rowKey(cadre.file, cadre.sheet, cadre.row)) ?? [];
    const row = rowOf(cadre, own, m);
    row.copies = (copiesOf.get(i) ?? []).map((k) => sourceOf(cadres[k]));
    const upper = cadre.upperUnit ? normalizeText(cadre.upperUnit) : undefined;
    const key = upper ? foldKey(upper) : "";
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { upperUnit: upper, rows: [] }));
    group.rows.push(row);
    count++;
  });
  // The people whose upper unit no file says come first, under no section row (a section row would name one).
  const collator = new Intl.Collator("vi");
  const ordered = [...groups.values()].sort((a, b) =>
    a.upperUnit === undefined
      ? -1
      : b.upperUnit === undefined
        ? 1
        : collator.compare(a.upperUnit, b.upperUnit),
  );
  return { groups: ordered, count, duplicates: cadres.length - count };
}

/** For each first cadre (by index), the indexes of its later copies: the duplicate rule run on the whole roster. */
function firstsOfCopies(cadres: readonly Cadre[]): Map<number, number[]> {
  // Each cadre named by its index, so the rule's finding names both rows exactly whatever file they are in.
  const named = cadres.map((c, i) => ({ ...c, file: undefined, sheet: "", nameCell: String(i) }));
  const out = new Map<number, number[]>();
  for (const d of findDuplicatePersons(named)) {
    const first = Number(d.params.otherCell);
    const list = out.get(first);
    if (list) list.push(Number(d.cell));
    else out.set(first, [Number(d.cell)]);
  }
  return out;
}

function rowOf(cadre: Cadre, findings: readonly Finding[], m: Messages): ConsolidatedRow {
  const raw = new Map<string, CellValue>();
  let idFixed: string | undefined;
  const open: Finding[] = [];
  for (const f of findings) {
    // A value not understood is kept as typed; typed in a legacy font, as the reader decoded it.
    if (f.code === "legacy-encoding" && f.field && f.suggestion) raw.set(f.field, f.suggestion);
    else if (f.field && f.value !== undefined && f.value !== null && !raw.has(f.field))
      raw.set(f.field, f.value);
    if (f.code === "invalid-id" && f.suggestion && /^\d{12}$/.test(f.suggestion)) idFixed = f.suggestion;
    else if (!RESOLVED.has(f.code)) open.push(f);
  }
  /** The canonical label of a coded value, else the value as the roster typed it (a finding says why). */
  // A coded value as its list's label; a value the engine could not read, as the roster wrote it.
  const coded = (field: CodedField | "gender") => {
    const code = cadre[field];
    const vocab: Vocabulary<string> = field === "gender" ? GENDER_VOCAB : CODED_VOCABULARIES[field];
    return code !== undefined ? labelOf(vocab, code, "vi") : text(raw.get(field));
  };
  const birth = cadre.birthDate;
  const fullDate = birth?.month !== undefined && birth.day !== undefined;
  const values: ConsolidatedRow["values"] = {
    fullName: cadre.fullName ? tidyName(cadre.fullName) : text(raw.get("fullName")),
    birthDate: birth ? (fullDate ? excelSerial(birth) : birth.year) : text(raw.get("birthDate")),
    birthYearMale: birth && cadre.gender === "nam" ? birth.year : null,
    birthYearFemale: birth && cadre.gender === "nu" ? birth.year : null,
    gender: coded("gender"),
    ethnicity: text(cadre.ethnicity),
    partyMember: cadre.partyYear ?? (cadre.partyMember ? "x" : null),
    idNumber: idFixed ?? cadre.idNumber ?? text(raw.get("idNumber")),
    unit: text(cadre.unit),
    upperUnit: text(cadre.upperUnit),
    level: coded("level"),
    position: cadre.positions.length
      ? cadre.positions.map((p) => labelOf(POSITION_VOCAB, p, "vi")).join(" kiêm ")
      : text(cadre.positionText ?? raw.get("position")),
    employment: coded("employment"),
    payroll: coded("payroll"),
    education: coded("education"),
    politicalTheory: coded("politicalTheory"),
    stateManagement: coded("stateManagement"),
    foreignLanguage: text(cadre.foreignLanguage),
    informatics: text(cadre.informatics),
    unionTraining: training(cadre.unionTraining) ?? text(raw.get("unionTraining")),
    genderTraining: training(cadre.genderTraining) ?? text(raw.get("genderTraining")),
    politicalClass: training(cadre.politicalClass) ?? text(raw.get("politicalClass")),
    term: text(cadre.term),
    note: text(cadre.note),
  };
  // canbo's own columns, kept exactly as written (their line breaks too).
  const earlierSource = own(extraValue(cadre, SOURCE_COLUMN));
  const earlierReview = own(extraValue(cadre, REVIEW_COLUMN));
  const row: ConsolidatedRow = {
    cadre,
    values,
    fullDate,
    source: sourceOf(cadre),
    // A row of an earlier consolidation keeps what it said: its findings here are among those it listed.
    review: earlierReview ? earlierReview.split("\n") : open.map((f) => formatFinding(f, m)),
    open,
    copies: [],
  };
  if (earlierSource) row.sourceText = earlierSource;
  return row;
}

function sourceOf(c: Cadre): RowSource {
  return c.file !== undefined
    ? { file: c.file, sheet: c.sheet, cell: c.nameCell }
    : { sheet: c.sheet, cell: c.nameCell };
}

/** A training: its year, or "x" when the roster marks it done without one; nothing when not done. */
function training(t: Training | undefined): CellValue | undefined {
  if (!t) return undefined;
  return t.done ? (t.year ?? "x") : null;
}

/** Text in Unicode NFC with its spacing put right; null for nothing. */
function text(v: CellValue | undefined): string | null {
  if (v === undefined || v === null) return null;
  const s = normalizeText(String(v));
  return s === "" ? null : s;
}

function own(v: CellValue | undefined): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v.normalize("NFC") : undefined;
}

/** The Excel serial number of a whole day (1900 date system). */
function excelSerial(d: PartialDate): number {
  return Math.round((Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function placeKey(file: string | undefined, sheet: string, cell: string): string {
  return `${file ?? ""}\u0000${sheet}\u0000${cell}`;
}

function rowKey(file: string | undefined, sheet: string, row: number): string {
  return `${file ?? ""}\u0000${sheet}\u0000${row}`;
}
