import type { Cadre } from "../cadre";
import { normalizeText } from "../text";

/** The unit heading of cadres whose upper unit the roster does not give. */
export const UNKNOWN_UPPER_UNIT = "(Chưa rõ đơn vị cấp trên)";
/** The unit heading of the total over all units. */
export const TOTAL_UNIT = "Tổng cộng";

export interface UnitGroup {
  unit: string;
  cadres: Cadre[];
}

/**
 * Splits a roster by upper unit (đơn vị cấp trên), names sorted the Vietnamese way (Đ after D), the group of
 * cadres without an upper unit last. Names are compared after NFC and space clean-up so the same unit typed
 * twice is one group; units come from the data, never from a fixed list.
 *
 * @param cadres the roster
 * @returns one group per upper unit, in report order
 * @example groupByUpperUnit(roster).map((g) => g.unit) // ["LĐLĐ huyện Ba Tri", "LĐLĐ huyện Đại", "(Chưa rõ đơn vị cấp trên)"]
 */
export function groupByUpperUnit(cadres: readonly Cadre[]): UnitGroup[] {
  const byUnit = new Map<string, Cadre[]>();
  const unknown: Cadre[] = [];
  // A roster lists a unit's people together: the text is cleaned and looked up only when it changes.
  let lastText: string | undefined | null = null;
  let list = unknown;
  for (let i = 0; i < cadres.length; i++) {
    const c = cadres[i];
    if (c.upperUnit !== lastText) {
      lastText = c.upperUnit;
      const unit = upperUnitOf(c);
      if (unit === UNKNOWN_UPPER_UNIT) list = unknown;
      else {
        const known = byUnit.get(unit);
        if (known) list = known;
        else byUnit.set(unit, (list = []));
      }
    }
    list.push(c);
  }
  const collator = new Intl.Collator("vi");
  const groups = [...byUnit.keys()]
    .sort(collator.compare)
    .map((unit) => ({ unit, cadres: byUnit.get(unit)! }));
  if (unknown.length > 0) groups.push({ unit: UNKNOWN_UPPER_UNIT, cadres: unknown });
  return groups;
}

/**
 * The upper-unit heading a cadre falls under (the same rule as `groupByUpperUnit`).
 *
 * @example upperUnitOf({ ...cadre, upperUnit: undefined }) // "(Chưa rõ đơn vị cấp trên)"
 */
export function upperUnitOf(cadre: Cadre): string {
  const unit = cadre.upperUnit === undefined ? "" : normalizeText(cadre.upperUnit);
  return unit === "" ? UNKNOWN_UPPER_UNIT : unit;
}
