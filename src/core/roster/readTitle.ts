import { foldKey } from "../text";
import { inferLevelFromUnit, type UnionLevel } from "../vocab";
import type { SheetCells } from "./sheetCells";

/** The unit a roster of one unit is about, as its title block says, for rows without a unit column. */
export interface TitleUnits {
  unit?: string;
  upperUnit?: string;
  /** The level of the body that issued the roster: its committee members serve at that level. */
  level?: UnionLevel;
}

const NOT_A_BODY =
  /^(cong hoa|doc lap|dang cong san|so\b|danh sach|bao cao|ngay|v v|kinh gui|nhiem ky|kem theo|bang)/;
const BODY = /\b(ldld|lien doan lao dong|cong doan|cdcs|cd|nghiep doan|tong lien doan)\b/;
const IN_TITLE = /(công đoàn cơ sở|cđcs|công đoàn)\s+(.+?)(?:\s*[,(-]?\s*(?:nhiệm kỳ|năm|giai đoạn)\b.*)?$/iu;

/**
 * Reads the block above the header as a clerk does: the issuing body written top left ("LĐLĐ HUYỆN BA TRI" over
 * "CĐCS TRƯỜNG THCS AN THỚI"), or else the unit named in the title ("DANH SÁCH BCH CÔNG ĐOÀN CƠ SỞ TRƯỜNG …
 * NHIỆM KỲ 2018-2023"). The lowest body is the unit, the one above it the upper unit.
 *
 * @example readTitle(cells, 6) // { unit: "CĐCS TRƯỜNG THCS AN THỚI", upperUnit: "LĐLĐ HUYỆN BA TRI" }
 */
export function readTitle(cells: SheetCells, headerTop: number): TitleUnits {
  const bodies: string[] = [];
  let titled: string | undefined;
  for (let r = 0; r < headerTop; r++) {
    const row = cells.grid.values[r];
    if (!row) continue;
    for (let c = 0; c < Math.min(row.length, 40); c++) {
      const text = cells.text(r, c);
      if (!text || text.length > 200) continue;
      const key = foldKey(text);
      if (/^danh sach\b/.test(key)) titled ??= IN_TITLE.exec(text)?.[2]?.trim();
      if (NOT_A_BODY.test(key) || !BODY.test(key) || /^[-_=.\s]+$/.test(text)) continue;
      // Only the left part of the sheet holds the issuing body; the right holds the Quốc hiệu.
      if (c > 3) continue;
      bodies.push(text);
    }
  }
  const unit = bodies.length > 0 ? bodies[bodies.length - 1] : titled;
  if (!unit) return {};
  return { unit, upperUnit: bodies[bodies.length - 2], level: inferLevelFromUnit(unit) };
}
