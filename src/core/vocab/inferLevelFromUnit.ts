import { foldKey } from "../text";
import type { UnionLevel } from "./codes";

/**
 * The union level a unit's name implies, for rosters without a "Cấp" column: a grassroots union (CĐCS, a school's
 * or a company's union) is co-so; a district federation, a sector union or the industrial-zone union is
 * tren-co-so; the provincial federation is tinh. Undefined when the name does not say.
 *
 * @example inferLevelFromUnit("LĐLĐ huyện Ba Tri") // "tren-co-so"
 * @example inferLevelFromUnit("CĐCS Trường THCS An Thới") // "co-so"
 */
export function inferLevelFromUnit(unit: string): UnionLevel | undefined {
  const k = foldKey(unit);
  if (!k) return undefined;
  if (/\b(cdcs|cong doan co so|cong doan bo phan|to cong doan)\b/.test(k)) return "co-so";
  if (/\btong lien doan\b/.test(k)) return "trung-uong";
  const federation = /\b(ldld|lien doan lao dong)\b/.test(k);
  if (federation && /\b(huyen|quan|thi xa|thanh pho|tp)\b/.test(k)) return "tren-co-so";
  if (federation && /\btinh\b/.test(k)) return "tinh";
  if (federation) return "tren-co-so";
  if (
    /\b(cong doan|cd) (nganh|vien chuc|cac khu cong nghiep|khu cong nghiep|kcn|khu kinh te|khu che xuat|tong cong ty|giao duc|y te)\b/.test(
      k,
    )
  )
    return "tren-co-so";
  if (
    /^(cong doan|cd) (truong|cong ty|cty|benh vien|trung tam|ubnd|uy ban|xa|phuong|thi tran|so|phong|chi nhanh|ngan hang|tram|doanh nghiep|hop tac xa|htx|nha may|xi nghiep|co quan)\b/.test(
      k,
    )
  )
    return "co-so";
  return undefined;
}
