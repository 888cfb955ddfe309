import type { Cadre } from "../cadre";
import { finding, type FindingOf } from "../findings";
import { foldKey, normalizeText } from "../text";

/**
 * The same person listed twice: the same Số CCCD, or the same name (NFC, spacing and case folded — but not
 * diacritics: "Hà" and "Hạ" are different people) with the same birth date, or with the same unit when no
 * birth date is given. Two rows that both carry a Số CCCD, and different ones, are two people whatever their
 * names: a province has many "Nguyễn Thị Hoa" born in 1985. Each later copy is reported once, pointing at the first. With `acrossFilesOnly`, only
 * copies in a different file from the first are reported (the sheet then names the file too).
 *
 * @example findDuplicatePersons([an, anAgainInNfd]) // [{ code: "duplicate-person", cell: "B14", params: { otherCell: "B9", … } }]
 */
export function findDuplicatePersons(
  cadres: readonly Cadre[],
  options: { acrossFilesOnly?: boolean } = {},
): FindingOf<"duplicate-person">[] {
  const firstByKey = new Map<string, Cadre>();
  const out: FindingOf<"duplicate-person">[] = [];
  for (const c of cadres) {
    if (!c.fullName) continue;
    const keys = personKeys(c);
    let first: Cadre | undefined;
    for (const k of keys) {
      const x = firstByKey.get(k);
      if (x !== undefined && !distinctIds(x, c)) {
        first = x;
        break;
      }
    }
    if (first) {
      // In a batch, copies within one file were reported by that file's check already.
      if (options.acrossFilesOnly && first.file === c.file) continue;
      const otherSheet = options.acrossFilesOnly ? `${first.file ?? ""} › ${first.sheet}` : first.sheet;
      out.push(
        finding(
          "duplicate-person",
          { name: c.fullName, otherSheet, otherCell: first.nameCell },
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
    for (const k of keys) if (!firstByKey.has(k)) firstByKey.set(k, c);
  }
  return out;
}

function distinctIds(a: Cadre, b: Cadre): boolean {
  return a.idNumber !== undefined && b.idNumber !== undefined && a.idNumber !== b.idNumber;
}

function personKeys(c: Cadre): string[] {
  const name = normalizeText(c.fullName).toLowerCase();
  const keys: string[] = [];
  if (c.idNumber) keys.push(`id:${c.idNumber}`);
  const b = c.birthDate;
  if (b) keys.push(`nb:${name}|${b.year}-${b.month ?? ""}-${b.day ?? ""}`);
  else keys.push(`nu:${name}|${foldKey(c.unit ?? "")}`);
  return keys;
}
