import type { Cadre, Field } from "../cadre";

/**
 * A value every cadre's row must give, declared once for both checks: a missing column (`missing-column`, once per
 * sheet) and an empty cell (`missing-value`, once per row).
 */
export interface RequiredField {
  /** The field the finding names. */
  field: Field;
  /** The columns that can give it; the first present one is where an empty row is reported. */
  columns: readonly Field[];
  /** Whether the cadre has it; `filled` tells whether the row's cell of a field held anything. */
  has: (cadre: Cadre, filled: (field: Field) => boolean) => boolean;
  /** Only some cadres need it (biên chế/HĐLĐ: full-time cadres only). */
  appliesTo?: (cadre: Cadre) => boolean;
  /**
   * Without a column it may still be known (unit from section rows or the title; level from the unit's name or the
   * issuing body's): the column is missing only when the sheet says it of no one.
   */
  mayComeFromElsewhere?: boolean;
  /**
   * Many rosters have no such column (chuyên trách, biên chế/HĐLĐ): without it the sheet simply does not say, and
   * what depends on it is reported as not judged. Only an empty cell under the column is missing.
   */
  optionalColumn?: boolean;
}

export const REQUIRED_FIELDS: readonly RequiredField[] = [
  {
    field: "fullName",
    columns: ["fullName", "givenName", "familyName"],
    // A name split over "Họ đệm | Tên" needs its given name: "Lê Thị" alone is no one's name.
    has: (c, filled) => c.fullName !== "" && (filled("givenName") || !filled("familyName")),
  },
  {
    field: "position",
    columns: ["position"],
    has: (c) => c.positions.length > 0 || c.positionText !== undefined,
  },
  {
    field: "employment",
    columns: ["employment", "fullTimeMark", "partTimeMark"],
    has: (c) => c.employment !== undefined,
    optionalColumn: true,
  },
  { field: "unit", columns: ["unit"], has: (c) => !!c.unit, mayComeFromElsewhere: true },
  { field: "level", columns: ["level"], has: (c) => c.level !== undefined, mayComeFromElsewhere: true },
  {
    field: "payroll",
    columns: ["payroll", "payrollCivilMark", "payrollContractMark"],
    has: (c) => c.payroll !== undefined,
    appliesTo: (c) => c.employment === "chuyen-trach",
    optionalColumn: true,
  },
];

/** The first of a rule's columns the table has, if any. */
export function presentColumn(
  rule: RequiredField,
  columnOf: Partial<Record<Field, number>>,
): Field | undefined {
  return rule.columns.find((f) => columnOf[f] !== undefined);
}
