import type { Cadre } from "../cadre";
import type { Position } from "../vocab/codes";

/** Cán bộ chủ chốt by default: Chủ tịch and Phó Chủ tịch at every level. */
export const DEFAULT_KEY_POSITIONS: readonly Position[] = ["chu-tich", "pho-chu-tich"];

/**
 * Whether a cadre is a key cadre (cán bộ chủ chốt). A "Chủ chốt" column in the roster wins, because the unit
 * knows its own key posts; otherwise any of the cadre's positions in `keyPositions` makes it key.
 *
 * @param cadre the cadre
 * @param keyPositions positions that make a cadre key when the roster has no "Chủ chốt" column
 * @returns true for a key cadre
 * @example isKeyCadre({ ...cadre, keyCadre: undefined, positions: ["pho-chu-tich"] }) // true
 */
export function isKeyCadre(cadre: Cadre, keyPositions: readonly Position[] = DEFAULT_KEY_POSITIONS): boolean {
  if (cadre.keyCadre !== undefined) return cadre.keyCadre;
  // A loop, not some(): asked of every cadre by several tables.
  const held = cadre.positions;
  for (let i = 0; i < held.length; i++) if (keyPositions.includes(held[i])) return true;
  return false;
}
