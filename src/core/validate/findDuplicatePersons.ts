import type { Cadre } from "../cadre";
import { finding, type FindingOf } from "../findings";
import { foldKey, normalizeText } from "../text";
import { HashSlots, hashLowerText, hashNumber, hashText } from "./hashSlots";

/** What telling the same person listed twice needs of a cadre: who they are, and where they are listed. */
export type ListedPerson = Pick<
  Cadre,
  "file" | "sheet" | "row" | "nameCell" | "fullName" | "birthDate" | "idNumber" | "unit"
>;

/**
 * A cadre as far as telling the same person listed twice needs: what a batch of files keeps of each one. The unit
 * only when no birth date is given, the one case the unit tells namesakes apart: a batch's workers send each person
 * to the main thread, where a unit's name would otherwise be copied once a person.
 */
export function listedPerson(c: ListedPerson): ListedPerson {
  const { file, sheet, row, nameCell, fullName, birthDate, idNumber } = c;
  return { file, sheet, row, nameCell, fullName, birthDate, idNumber, unit: birthDate ? undefined : c.unit };
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
  return new DuplicatePersons(options, cadres.length).find(cadres);
}

/**
 * `findDuplicatePersons` fed in parts: each part's copies of anyone in an earlier part or earlier in itself, so a
 * batch finds the people of two files while its later files are still being read. The parts one after another give
 * the same findings, in the same order, as all of them at once.
 */
export class DuplicatePersons {
  private readonly index: PersonIndex;
  constructor(
    private readonly options: { acrossFilesOnly?: boolean } = {},
    /** How many people are expected in all, to size the index once (it grows if more come). */
    expected = 0,
  ) {
    this.index = new PersonIndex(expected);
  }

  find(cadres: readonly ListedPerson[]): FindingOf<"duplicate-person">[] {
    const out: FindingOf<"duplicate-person">[] = [];
    for (const c of cadres) {
      const found = this.add(c);
      if (found) out.push(found);
    }
    return out;
  }

  /** One more person: the finding when they repeat someone seen before, else undefined (and they are kept). */
  add(c: ListedPerson): FindingOf<"duplicate-person"> | undefined {
    const { index, options } = this;
    if (!c.fullName) return undefined;
    const first = index.firstOrAdd(c);
    // In a batch, copies within one file were reported by that file's check already.
    if (!first || (options.acrossFilesOnly && first.file === c.file)) return undefined;
    const params = { name: c.fullName, otherSheet: first.sheet, otherCell: first.nameCell };
    return finding(
      "duplicate-person",
      options.acrossFilesOnly && first.file !== undefined ? { ...params, otherFile: first.file } : params,
      {
        file: c.file,
        sheet: c.sheet,
        cell: c.nameCell,
        row: c.row,
        field: "fullName",
        value: c.fullName,
      },
    );
  }
}

/**
 * The first cadre seen under each key: the CCCD, and the name with the birth date (or with the unit when no birth
 * date is known). A provincial roster means hundreds of thousands of keys, so they live in two hash tables of
 * numbers (HashSlots) beside the cadres, not in Maps of strings.
 */
class PersonIndex {
  private readonly cadres: ListedPerson[];
  /** Each kept cadre's CCCD and its hash, beside it: comparing them touches no cadre (500,000 of them miss the cache). */
  private readonly ids: (string | undefined)[];
  private idHashes: Int32Array;
  /** How many cadres are kept: the lists are made at the size expected, not grown one push at a time. */
  private size = 0;
  private readonly byId: HashSlots;
  private readonly byName: HashSlots;

  constructor(capacity: number) {
    this.cadres = new Array<ListedPerson>(capacity);
    this.ids = new Array<string | undefined>(capacity);
    this.idHashes = new Int32Array(capacity);
    this.byId = new HashSlots(capacity);
    this.byName = new HashSlots(capacity);
  }

  /** The earlier cadre this one repeats (CCCD first, then name and birth date or unit); this one is kept if new. */
  firstOrAdd(c: ListedPerson): ListedPerson | undefined {
    const id = c.idNumber;
    const idHash = id === undefined ? 0 : hashText(id);
    // The name key itself is built only when a hash matches: rarely, and then to compare.
    const nameHash = hashLowerText(normalizeText(c.fullName));
    const second = secondKey(c);
    const hash = typeof second === "number" ? hashNumber(second, nameHash) : hashText(second, nameHash);
    // Both tables are looked into before either answer is used: each look is most often a miss of the processor's
    // cache, and the two, side by side, are waited for together (at 100,000 people, 20 ms of the check one by one).
    const { byId, byName } = this;
    const idSlot = id === undefined ? -1 : byId.first(idHash);
    const nameSlot = byName.first(hash);
    if (id !== undefined)
      for (let s = idSlot; s >= 0; s = byId.next(s, idHash)) {
        const k = byId.itemAt(s);
        if (this.ids[k] === id) return this.cadres[k];
      }
    const found = this.firstByName(nameSlot, hash, c, second);
    // Two rows that both carry a CCCD, and different ones, are two people whatever their names.
    if (found >= 0 && !(id !== undefined && this.ids[found] !== undefined && this.differ(found, id, idHash)))
      return this.cadres[found];
    const k = this.size++;
    if (k === this.idHashes.length) this.grow();
    this.cadres[k] = c;
    this.ids[k] = id;
    this.idHashes[k] = idHash;
    if (id !== undefined) byId.add(idHash, k);
    if (found < 0) byName.add(hash, k);
    return undefined;
  }

  /** The first kept cadre with this cadre's name key and second key (from `byName.first(hash)`), or -1. */
  private firstByName(first: number, hash: number, c: ListedPerson, second: number | string): number {
    const { byName } = this;
    let name: string | undefined;
    for (let s = first; s >= 0; s = byName.next(s, hash)) {
      const k = byName.itemAt(s);
      const other = this.cadres[k];
      if (secondKey(other) !== second) continue;
      // Namesakes born the same day are common in a province (same name, another CCCD): the same text needs no key.
      if (other.fullName === c.fullName || nameKey(other) === (name ??= nameKey(c))) return k;
    }
    return -1;
  }

  /** Room for twice as many: a batch's index starts small and learns its size file by file. */
  private grow(): void {
    const hashes = new Int32Array(Math.max(16, this.size * 2));
    hashes.set(this.idHashes);
    this.idHashes = hashes;
  }

  private differ(k: number, id: string, idHash: number): boolean {
    return this.idHashes[k] !== idHash || this.ids[k] !== id;
  }
}

function secondKey(c: ListedPerson): number | string {
  const b = c.birthDate;
  return b ? b.year * 10_000 + (b.month ?? 0) * 100 + (b.day ?? 0) : foldKey(c.unit ?? "");
}

function nameKey(c: ListedPerson): string {
  return normalizeText(c.fullName).toLowerCase();
}
