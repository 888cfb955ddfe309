import type { Position } from "../vocab/codes";
import type { Cadre } from "./cadre";
import { NO_EXTRA } from "./extraColumns";

/**
 * Every field present from the start (undefined until read): all cadres then share one object shape, which
 * V8 lays out in the object itself, instead of each row's column order growing its own — fewer objects and
 * faster reads on rosters of 100,000 rows.
 */
export function newCadre(file: string | undefined, sheet: string, row: number, nameCell: string): Cadre {
  return {
    file,
    sheet,
    row,
    nameCell,
    fullName: "",
    birthDate: undefined,
    gender: undefined,
    ethnicity: undefined,
    partyMember: undefined,
    partyYear: undefined,
    idNumber: undefined,
    unit: undefined,
    upperUnit: undefined,
    level: undefined,
    positions: NO_POSITIONS,
    positionText: undefined,
    keyCadre: undefined,
    employment: undefined,
    payroll: undefined,
    education: undefined,
    politicalTheory: undefined,
    stateManagement: undefined,
    foreignLanguage: undefined,
    informatics: undefined,
    unionTraining: undefined,
    genderTraining: undefined,
    politicalClass: undefined,
    term: undefined,
    note: undefined,
    extra: NO_EXTRA,
    columns: undefined,
  };
}

/**
 * Not frozen, nor is any list a cadre carries (its type is readonly): V8 (Node 20) iterates a frozen array with
 * `for…of` through its generic iterator, an object per step and about 2.5 × the time, and a cadre's positions are
 * iterated by every standard and table. Frozen lists made a quarter of the core's allocations at 100,000 cadres.
 */
const NO_POSITIONS: readonly Position[] = [];
