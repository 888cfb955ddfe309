import type { Cadre } from "../cadre";
import { finding, type FindingOf } from "../findings";
import { foldKey, normalizeText } from "../text";

/** What telling the same person listed twice needs of a cadre: who they are, and where they are listed. */
export type ListedPerson = Pick<
  Cadre,
  "file" | "sheet" | "row" | "nameCell" | "fullName" | "birthDate" | "idNumber" | "unit"
>;

/** A cadre as far as telling the same person listed twice needs: what a batch of files keeps of each one. */
export function listedPerson(c: Cadre): ListedPerson {
  const { file, sheet, row, nameCell, fullName, birthDate, idNumber, unit } = c;
  return { file, sheet, row, nameCell, fullName, birthDate, idNumber, unit };
}

/**
 * The same person listed twice: the same Số CCCD, or the same name (NFC, spacing and case folded — but not
 * diacritics: "Hà" and "Hạ" are different people) with the same birth date, or with the same unit when no
 * birth date is given. Two rows that both carry a Số CCCD, and different ones, are two people whatever their
 * names: a province has many "Nguyễn Thị Hoa" born in 1985. Each later copy is reported once, pointing at the
 * first. With `acrossFilesOnly`, only copies in a different file from the first are reported (naming the first copy's file too).
 *
 * @example findDuplicatePersons([an, anAgainInNfd]) // [{ code: "duplicate-person", cell: "B14", params: { otherCell: "B9", … } }]
 */
export function findDuplicatePersons(
  cadres: readonly ListedPerson[],
  options: { acrossFilesOnly?: boolean } = {},
): FindingOf<"duplicate-person">[] {
  return new DuplicatePersons(options).find(cadres);
}

/**
 * `findDuplicatePersons` fed in parts: each part's copies of anyone in an earlier part or earlier in itself, so a
 * batch finds the people of two files while its later files are still being read. The parts one after another give
 * the same findings, in the same order, as all of them at once.
 */
export class DuplicatePersons {
  private readonly index = new PersonIndex();
  constructor(private readonly options: { acrossFilesOnly?: boolean } = {}) {}

  find(cadres: readonly ListedPerson[]): FindingOf<"duplicate-person">[] {
    const { index, options } = this;
    const out: FindingOf<"duplicate-person">[] = [];
    for (const c of cadres) {
      if (!c.fullName) continue;
      const name = nameKey(c);
      const second = secondKey(c);
      const first = index.firstOf(c, name, second);
      if (first) {
        // In a batch, copies within one file were reported by that file's check already.
        if (options.acrossFilesOnly && first.file === c.file) continue;
        const params = { name: c.fullName, otherSheet: first.sheet, otherCell: first.nameCell };
        out.push(
          finding(
            "duplicate-person",
            options.acrossFilesOnly && first.file !== undefined
              ? { ...params, otherFile: first.file }
              : params,
            {
              file: c.file,
              sheet: c.sheet,
              cell: c.nameCell,
              row: c.row,
              field: "fullName",
              value: c.fullName,
            },
          ),
        );
        continue;
      }
      index.add(c, name, second);
    }
    return out;
  }
}

/**
 * The first cadre seen under each key: the CCCD, and the name with the birth date (or with the unit when no
 * birth date is known). Keys are plain strings and numbers rather than joined strings: a provincial roster means
 * hundreds of thousands of keys, and joined strings cost a copy each to hash. Most names occur once, so a name holds
 * its first cadre itself; only a name met under a second birth date or unit gets a map of its own.
 */
class PersonIndex {
  private readonly byId = new Map<string, ListedPerson>();
  /** Name → its first cadre, or birth date (as a number) or, without one, folded unit (as a string) → first cadre. */
  private readonly byName = new Map<string, ListedPerson | Map<number | string, ListedPerson>>();

  /** The earlier cadre this one repeats, if any (CCCD first, then name and birth date or unit). */
  firstOf(c: ListedPerson, name: string, second: number | string): ListedPerson | undefined {
    const byId = c.idNumber === undefined ? undefined : this.byId.get(c.idNumber);
    if (byId) return byId;
    const entry = this.byName.get(name);
    const byName =
      entry instanceof Map ? entry.get(second) : entry && secondKey(entry) === second ? entry : undefined;
    return byName && !distinctIds(byName, c) ? byName : undefined;
  }

  add(c: ListedPerson, name: string, second: number | string): void {
    if (c.idNumber !== undefined && !this.byId.has(c.idNumber)) this.byId.set(c.idNumber, c);
    const entry = this.byName.get(name);
    if (entry === undefined) this.byName.set(name, c);
    else if (entry instanceof Map) {
      if (!entry.has(second)) entry.set(second, c);
    } else {
      const first = secondKey(entry);
      if (first !== second)
        this.byName.set(
          name,
          new Map<number | string, ListedPerson>([
            [first, entry],
            [second, c],
          ]),
        );
    }
  }
}

function secondKey(c: ListedPerson): number | string {
  const b = c.birthDate;
  return b ? b.year * 10_000 + (b.month ?? 0) * 100 + (b.day ?? 0) : foldKey(c.unit ?? "");
}

function nameKey(c: ListedPerson): string {
  return normalizeText(c.fullName).toLowerCase();
}

function distinctIds(a: ListedPerson, b: ListedPerson): boolean {
  return a.idNumber !== undefined && b.idNumber !== undefined && a.idNumber !== b.idNumber;
}
