import { makeExtraColumns, type Cadre, type Field } from "../cadre";
import { finding, type Finding } from "../findings";
import { cellAddress, columnLetter, type Grid } from "../grid";
import { buildCadre, type Table } from "./buildCadre";
import { FIELD_READERS, KEPT_FIELDS, type FieldReader } from "./fieldReaders";
import { RowClassifier, type RowKind } from "./classifyRow";
import { countBlocks } from "./countBlocks";
import { detectHeader, type RosterHeader } from "./detectHeader";
import { readTitle } from "./readTitle";
import { REQUIRED_FIELDS, presentColumn, type RequiredField } from "./requiredFields";
import { FIELD_INDEX, RowReport } from "./rowReport";
import { SheetCells } from "./sheetCells";
import { isOwnColumn } from "./ownColumns";
import { readValueMark, type ValueMark } from "./valueMarks";
import type { LegacyEncoding } from "../text";

/** What one sheet holds: its header, the column of each field, the cadres read and the findings about them. */
export interface RosterSheet {
  sheet: string;
  /** The first table's header (a sheet may hold more tables, each with its own header). */
  header?: RosterHeader;
  /** 0-based column of each recognised field, in the first table. */
  columns: Partial<Record<Field, number>>;
  dataRows: number;
  cadres: Cadre[];
  findings: Finding[];
  /** Every table of the sheet, top to bottom: where its rows start and the column of each field. */
  tables: RosterTable[];
  /** The legacy encoding the sheet is typed in, when its header is. */
  encoding?: LegacyEncoding;
}

/** One table of a sheet (a sheet may hold a second one under its own header). */
export interface RosterTable {
  /** 0-based row of its first row of data. */
  firstDataRow: number;
  /** 0-based column of each recognised field (the first, when a field appears twice). */
  columns: Partial<Record<Field, number>>;
}

export interface ReadRosterOptions {
  /** Report year: ages and "trained by" are judged in it. */
  year: number;
  file?: string;
  /**
   * Called with each cadre as soon as it is read, with the sheet's findings so far: those from `from` on are its
   * row's. A check that measures each cadre here need not keep them (`keepCadres: false`).
   */
  onCadre?: (cadre: Cadre, findings: readonly Finding[], from: number) => void;
  /** False: `cadres` stays empty and each cadre can be let go once `onCadre` has seen it. */
  keepCadres?: boolean;
}

const NAME_FIELDS: readonly Field[] = ["fullName", "familyName", "givenName"];

/** For asking whether a cadre has a value at all, whichever cell gave it: one function, not one per row. */
const NOTHING_FILLED = (): boolean => false;

/**
 * Reads a sheet as a person does: finds the header (in Unicode or a legacy font), skips titles, numbering, section,
 * total, note and signature rows (using section rows and the title block as the unit when no column gives one), reads
 * a second table under a repeated header, and turns every person's row into a cadre, collecting every finding. Totals
 * that state a number of persons are checked against the rows read. A sheet without a roster header yields one
 * `no-roster` info.
 *
 * @example readRoster(grid, { year: 2019 }).cadres.length // 356
 */
export function readRoster(grid: Grid, options: ReadRosterOptions): RosterSheet {
  const { file, year, onCadre, keepCadres = true } = options;
  const sheet = grid.name;
  const header = detectHeader(grid);
  if (!header)
    return {
      sheet,
      columns: {},
      dataRows: 0,
      cadres: [],
      findings: [finding("no-roster", {}, { file, sheet })],
      tables: [],
    };

  const cells = new SheetCells(grid, header.firstDataRow);
  cells.encoding = header.encoding;
  const findings: Finding[] = [];
  const cadres: Cadre[] = [];
  const reportedMerged = new Set<string>();
  const titleUnits = readTitle(cells, header.top);
  const tables: RosterTable[] = [];
  let table = openTable(header);
  let report = new RowReport(table);
  let classifier = classifierFor(table);
  const blocks = countBlocks();
  legacyInRows(table, header.top, header.bottom);
  let persons = 0;
  // Required fields that may come from a section row or the title: whether some cadre has them, told as they come.
  const given = new Set<RequiredField>();
  const mayBeGiven = REQUIRED_FIELDS.filter((rule) => rule.mayComeFromElsewhere);

  for (let r = header.firstDataRow; r < cells.rows.rowCount; r++) {
    const kind: RowKind = classifier.classify(r);
    if (kind.kind === "data") {
      const from = findings.length;
      const cadre = buildCadre(table, report, r);
      persons++;
      for (let k = 0; k < mayBeGiven.length; k++) {
        const rule = mayBeGiven[k];
        if (!given.has(rule) && rule.has(cadre, NOTHING_FILLED)) given.add(rule);
      }
      if (keepCadres) cadres.push(cadre);
      onCadre?.(cadre, findings, from);
      blocks.person();
      continue;
    }
    if (kind.kind === "signature") break;
    if (kind.kind !== "empty") legacyInRows(table, r, r);
    if (kind.kind === "section") {
      blocks.section(kind);
      applySection(table, kind);
    } else if (kind.kind === "total") {
      const mismatch = blocks.total(kind);
      if (mismatch)
        findings.push(
          finding("count-mismatch", mismatch, { file, sheet, cell: cellAddress(r, kind.col), row: r + 1 }),
        );
    } else if (kind.kind === "header") {
      // A second table: its own header, perhaps its own columns — never taking the people under it as header rows.
      let depth = 1;
      while (depth < 3 && classifier.classify(r + depth).kind === "header") depth++;
      const next = detectHeader(grid, r, r + 1, depth);
      // A real second table has a whole header; a few header words in a row are only that row.
      if (!next || fieldCount(next) < Math.min(fieldCount(table.header), 5)) continue;
      table = openTable(next);
      report = new RowReport(table);
      classifier = classifierFor(table);
      blocks.newTable();
      legacyInRows(table, r + 1, next.bottom);
      r = next.firstDataRow - 1;
    }
  }

  downgradeLegacy(findings, header, persons);
  return {
    sheet,
    header,
    columns: firstColumns(header),
    dataRows: persons,
    cadres,
    findings: [...sheetFindings(header), ...missingColumns(header), ...findings],
    tables,
    ...(header.encoding ? { encoding: header.encoding } : {}),
  };

  /** Every text converted from a legacy font in rows [from, to] that are not a person's (header, sections, totals). */
  function legacyInRows(t: Table, from: number, to: number): void {
    for (let r = from; r <= to; r++) {
      for (let c = 0; c < cells.rows.rowLength(r); c++) {
        const raw = cells.rows.at(r, c);
        if (typeof raw !== "string") continue;
        const value = cells.value(r, c);
        const encoding = cells.legacy;
        if (!encoding) continue;
        const column = t.header.columns[c];
        findings.push(
          finding(
            "legacy-encoding",
            { encoding },
            {
              file,
              sheet,
              cell: cellAddress(r, c),
              row: r + 1,
              field: column?.field ?? (column?.header || undefined),
              value: raw,
              suggestion: String(value),
            },
          ),
        );
      }
    }
  }

  function openTable(h: RosterHeader): Table {
    const columnOf = firstColumns(h);
    tables.push({ firstDataRow: h.firstDataRow, columns: columnOf });
    const readers: Table["readers"] = [];
    const extraCols: { col: number; label: string }[] = [];
    for (const column of h.columns) {
      if (
        column.field &&
        (column.mark || columnOf[column.field] === column.col) &&
        !KEPT_FIELDS.has(column.field)
      )
        readers.push({
          col: column.col,
          field: column.field,
          index: FIELD_INDEX[column.field],
          read: markReader(column.mark) ?? FIELD_READERS[column.field],
        });
      else extraCols.push({ col: column.col, label: column.header || `Cột ${columnLetter(column.col)}` });
    }
    const extraColumns = makeExtraColumns(
      extraCols.map((x) => x.label),
      h.firstDataRow,
    );
    const extras = extraCols.map((x) => ({ ...x, slot: extraColumns.labels.indexOf(x.label) }));
    const nameCols = NAME_FIELDS.map((f) => columnOf[f])
      .filter((c): c is number => c !== undefined)
      .sort((a, b) => a - b);
    return {
      file,
      sheet,
      cells,
      columnOf,
      year,
      findings,
      reportedMerged,
      header: h,
      readers,
      extras,
      extraColumns,
      nameCols,
      nameLetter: columnLetter(nameCols[0] ?? 0),
      section: {},
      title: titleUnits,
      fields: new Set(readers.map((x) => x.field)),
      hasMarks: readers.some((x) => x.field.endsWith("Mark")),
      required: REQUIRED_FIELDS.flatMap((rule) => {
        const column = presentColumn(rule, columnOf);
        return column ? [{ rule, column }] : [];
      }),
    };
  }

  /** Findings about the header itself: unknown and duplicate columns, legacy header text. */
  function sheetFindings(h: RosterHeader): Finding[] {
    const out: Finding[] = [];
    const seen: Partial<Record<Field, number>> = {};
    for (const column of h.columns) {
      const cell = cellAddress(h.top, column.col);
      if (!column.field) {
        if (column.header && !isOwnColumn(column.header))
          out.push(
            finding(
              "unknown-column",
              { header: column.header, column: columnLetter(column.col) },
              { file, sheet, cell },
            ),
          );
        continue;
      }
      const first = seen[column.field];
      if (first === undefined) seen[column.field] = column.col;
      else if (column.mark)
        continue; // one column per value: "Đại học | Cao đẳng | Trung cấp" under one group
      else
        out.push(
          finding(
            "duplicate-column",
            { field: column.field, first: columnLetter(first), second: columnLetter(column.col) },
            { file, sheet, cell, field: column.field },
          ),
        );
    }
    return out;
  }

  /** Required columns that are absent, once per sheet (unit and level only when some cadre is left without one). */
  function missingColumns(h: RosterHeader): Finding[] {
    const out: Finding[] = [];
    const columnOf = firstColumns(h);
    const cell = cellAddress(h.top, 0);
    for (const rule of REQUIRED_FIELDS) {
      if (rule.optionalColumn || presentColumn(rule, columnOf)) continue;
      if (given.has(rule)) continue;
      out.push(finding("missing-column", { field: rule.field }, { file, sheet, cell, field: rule.field }));
    }
    return out;
  }

  function classifierFor(t: Table): RowClassifier {
    return new RowClassifier(cells, { nameCols: t.nameCols, sttCol: t.columnOf.stt ?? -1 });
  }
}

/** A value column's cells ("Đại học" under "Trình độ chuyên môn") are read for its value, not as its field. */
function markReader(mark: ValueMark | undefined): FieldReader | undefined {
  return mark && ((value, row) => readValueMark(mark, value, row));
}

function fieldCount(h: RosterHeader): number {
  return new Set(h.columns.map((c) => c.field).filter(Boolean)).size;
}

/** The first column of each field. */
function firstColumns(h: RosterHeader): Partial<Record<Field, number>> {
  const out: Partial<Record<Field, number>> = {};
  for (const column of h.columns)
    if (column.field && out[column.field] === undefined) out[column.field] = column.col;
  return out;
}

/** A section row names the upper unit, the unit or the kind of cadres of the rows below it, until the next one. */
function applySection(table: Table, kind: Extract<RowKind, { kind: "section" }>): void {
  const s = table.section;
  if (kind.rank <= 0) {
    s.upperUnit = undefined;
    s.employment = undefined;
  }
  if (kind.rank <= 1) s.unit = undefined;
  if (kind.employment) s.employment = kind.employment;
  if (kind.scope === "upperUnit") {
    s.upperUnit = kind.text;
    s.unit = undefined;
  } else if (kind.scope === "unit") s.unit = kind.text;
}

/**
 * A sheet typed in a legacy font throughout (its header, or most of its rows): each converted cell stays a finding,
 * as information, so the summary still counts the real problems. A stray legacy cell in a Unicode sheet is a warning.
 */
function downgradeLegacy(findings: Finding[], header: RosterHeader, persons: number): void {
  let legacy = 0;
  for (const f of findings) if (f.code === "legacy-encoding") legacy++;
  if (legacy === 0 || (!header.encoding && legacy < persons / 2)) return;
  for (const f of findings) if (f.code === "legacy-encoding") f.severity = "info";
}
