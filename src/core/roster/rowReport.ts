import { FIELDS, type Cadre, type Field } from "../cadre";
import { finding, type Finding, type FindingCode, type FindingParams, type FindingPlace } from "../findings";
import { cellAddress } from "../grid";
import type { SheetCells } from "./sheetCells";

/** What every row of one table shares: where findings go and which column holds which field. */
export interface TableContext {
  file?: string;
  sheet: string;
  cells: SheetCells;
  /** The column read for each field (the first, when a field appears twice). */
  columnOf: Partial<Record<Field, number>>;
  /** Report year: ages and "trained by" are judged in it. */
  year: number;
  /** The sheet's findings: every row adds to them in order. */
  findings: Finding[];
  /** "cell code" of findings already made about a value merged down over several rows: it is reported once. */
  reportedMerged: Set<string>;
}

export const FIELD_INDEX = Object.fromEntries(FIELDS.map((f, i) => [f, i])) as Record<Field, number>;

/** An x mark's reading: not given, yes, or explicitly no. */
export type Mark = 0 | 1 | -1;

/**
 * One row being read: the cadre, where each of its fields sits, and the findings about it. One object serves every
 * row of a table (`start` resets it), so reading 100,000 rows allocates no report per row.
 */
export class RowReport {
  row = 0;
  cadre!: Cadre;
  /** Marks under "Giới tính → Nam | Nữ", "Loại cán bộ → Chuyên trách | Không chuyên trách", "Biên chế | HĐLĐ". */
  male: Mark = 0;
  female: Mark = 0;
  fullTime: Mark = 0;
  partTime: Mark = 0;
  civil: Mark = 0;
  contract: Mark = 0;
  /** The column the cadre's gender and birth date were read from, for the CCCD cross-check. */
  genderFrom?: Field;
  birthFrom?: Field;
  /** Per field, the row (+1) it last held a value or a problem in: no list to clear between rows. */
  private readonly reportedIn = new Int32Array(FIELDS.length);
  private readonly filledIn = new Int32Array(FIELDS.length);
  /** Whether this row's cell of a field held anything (bound once, for the required-field rules). */
  readonly filled = (field: Field): boolean => this.filledIn[FIELD_INDEX[field]] === this.row + 1;

  constructor(readonly table: TableContext) {}

  start(r: number, cadre: Cadre): void {
    this.row = r;
    this.cadre = cadre;
    this.male = this.female = this.fullTime = this.partTime = this.civil = this.contract = 0;
    this.genderFrom = this.birthFrom = undefined;
  }

  /** Notes that the row's cell of a field (by its index in FIELDS) held a value. */
  fill(fieldIndex: number): void {
    this.filledIn[fieldIndex] = this.row + 1;
  }

  get year(): number {
    return this.table.year;
  }

  /** The cell a field's value shows in this row: its own, or the top of a merge it lies under. */
  cellOf(field: Field): string | undefined {
    const c = this.table.columnOf[field];
    if (c === undefined) return undefined;
    const src = this.table.cells.sourceOf(this.row, c);
    return cellAddress(src.row, src.col);
  }

  place(field: Field): FindingPlace {
    const { file, sheet } = this.table;
    const c = this.table.columnOf[field];
    if (c === undefined) return { file, sheet, cell: this.cadre.nameCell, row: this.row + 1, field };
    const src = this.table.cells.sourceOf(this.row, c);
    return {
      file,
      sheet,
      cell: cellAddress(src.row, src.col),
      row: src.row + 1,
      field,
      value: this.table.cells.raw(this.row, c) ?? "",
    };
  }

  /** Reports a finding about a field's cell; a value merged over several rows is reported once, at its top. */
  add<C extends FindingCode>(
    code: C,
    params: FindingParams[C],
    field: Field,
    extra?: Partial<FindingPlace>,
  ): void {
    this.reportedIn[FIELD_INDEX[field]] = this.row + 1;
    const c = this.table.columnOf[field];
    if (c !== undefined && this.table.cells.inMergeDown(this.row, c)) {
      const key = `${this.cellOf(field)} ${code}`;
      if (this.table.reportedMerged.has(key)) return;
      this.table.reportedMerged.add(key);
    }
    this.table.findings.push(finding(code, params, { ...this.place(field), ...extra }) as Finding);
  }

  /** Whether a problem was already reported on this field in this row. */
  hasReported(field: Field): boolean {
    return this.reportedIn[FIELD_INDEX[field]] === this.row + 1;
  }
}
