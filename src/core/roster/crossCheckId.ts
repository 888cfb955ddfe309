import type { Field } from "../cadre";
import type { Gender } from "../vocab";
import type { RowReport } from "./rowReport";

const GENDER_SOURCES: readonly Field[] = [
  "gender",
  "genderMaleMark",
  "genderFemaleMark",
  "birthYearMale",
  "birthYearFemale",
];
const BIRTH_SOURCES: readonly Field[] = [
  "birthDate",
  "birthYearMale",
  "birthYearFemale",
  "genderMaleMark",
  "genderFemaleMark",
];

/** Digit 4 of a CCCD: the sex (even male, odd female) and the century of birth. */
const CENTURY_BY_DIGIT = [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 1800, 1800];

/**
 * What a 12-digit citizen ID says of its holder: digit 4 gives the sex and the century (0/1 male/female born
 * 1900–1999, 2/3 born 2000–2099 …), digits 5–6 the last two digits of the birth year.
 *
 * @example idFacts("083175000123") // { gender: "nu", birthYear: 1975 }
 */
export function idFacts(id: string): { gender: Gender; birthYear: number } {
  return { gender: idGender(id), birthYear: idBirthYear(id) };
}

// Read per row of the roster: digits from char codes, no strings or objects made.
function idGender(id: string): Gender {
  return (id.charCodeAt(3) - 48) % 2 === 0 ? "nam" : "nu";
}

function idBirthYear(id: string): number {
  return CENTURY_BY_DIGIT[id.charCodeAt(3) - 48] + (id.charCodeAt(4) - 48) * 10 + (id.charCodeAt(5) - 48);
}

/**
 * Compares the row's sex and birth year with what its CCCD says, and reports each contradiction at the CCCD cell,
 * naming the other cell: a swapped row or a typo in either.
 */
export function crossCheckId(report: RowReport): void {
  const { cadre } = report;
  if (!cadre.idNumber || report.hasReported("idNumber")) return;
  const id = cadre.idNumber;
  const genderFrom = report.genderFrom;
  // Where the row already contradicts itself on sex or birth, that finding says enough.
  if (
    cadre.gender &&
    genderFrom &&
    cadre.gender !== idGender(id) &&
    !GENDER_SOURCES.some((f) => report.hasReported(f))
  )
    report.add(
      "conflicting-values",
      {
        field: "idNumber",
        otherField: genderFrom,
        otherCell: report.cellOf(genderFrom),
        reason: "id-gender",
        idGender: idGender(id),
      },
      "idNumber",
    );
  const birthFrom = report.birthFrom;
  if (
    cadre.birthDate &&
    birthFrom &&
    cadre.birthDate.year !== idBirthYear(id) &&
    !BIRTH_SOURCES.some((f) => report.hasReported(f))
  )
    report.add(
      "conflicting-values",
      {
        field: "idNumber",
        otherField: birthFrom,
        otherCell: report.cellOf(birthFrom),
        reason: "id-birth-year",
        idYear: idBirthYear(id),
      },
      "idNumber",
    );
}
