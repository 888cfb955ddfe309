import { foldKey } from "../text";
import { inferLevelFromUnit, type Employment, type UnionLevel } from "../vocab";
import type { SheetCells } from "./sheetCells";

/** The unit a roster of one unit is about, as its title block says, for rows without a unit column. */
export interface TitleUnits {
  unit?: string;
  upperUnit?: string;
  /** The level of the body that issued the roster: its committee members serve at that level. */
  level?: UnionLevel;
  /** "DANH SÁCH CÁN BỘ CÔNG ĐOÀN CHUYÊN TRÁCH …": the kind of every cadre listed, for rosters without a column for it. */
  employment?: Employment;
}

const NOT_A_BODY =
  /^(cong hoa|doc lap|dang cong san|so\b|danh sach|bao cao|ngay|v v|kinh gui|nhiem ky|kem theo|bang)/;
const BODY = /\b(ldld|lien doan lao dong|cong doan|cdcs|cd|nghiep doan|tong lien doan)\b/;
const IN_TITLE =
  /(công đoàn cơ sở|cđcs|công đoàn)\s+(.+?)(?:\s*[,(-]?\s*(?:nhiệm kỳ|năm|giai đoạn)(?!\p{L}).*)?$/iu;
/** What follows "công đoàn" in a title without naming one body: "CÁN BỘ CÔNG ĐOÀN CHỦ CHỐT CÁC CĐCS NĂM 2019". */
const NOT_A_NAME =
  /^(cac|trong|thuoc|truc thuoc|chu chot|chuyen trach|khong chuyen trach|nam|nhiem ky|cap|co so|giai doan)\b/;

/** The body a list's title names ("DANH SÁCH BCH CĐCS CÔNG TY TNHH MAY VIỆT TIẾN"), and whether it is a grassroots one. */
function titledBody(text: string): { name: string; grassroots: boolean } | undefined {
  const m = IN_TITLE.exec(text);
  const name = m?.[2]?.trim();
  if (!m || !name || NOT_A_NAME.test(foldKey(name))) return undefined;
  // The body as the title writes it, with its kind: "CĐCS CÔNG TY …", not "CÔNG TY …".
  return { name: `${m[1]} ${name}`, grassroots: /^(công đoàn cơ sở|cđcs)$/iu.test(m[1]) };
}

/**
 * Reads the block above the header as a clerk does: the issuing body written top left ("LĐLĐ HUYỆN BA TRI" over
 * "CĐCS TRƯỜNG THCS AN THỚI"), or else the unit named in the title ("DANH SÁCH BCH CÔNG ĐOÀN CƠ SỞ TRƯỜNG …
 * NHIỆM KỲ 2018-2023"). The lowest body is the unit, the one above it the upper unit; a title naming a CĐCS under an
 * upper union's heading makes that CĐCS the unit.
 *
 * @example readTitle(cells, 6) // { unit: "CĐCS TRƯỜNG THCS AN THỚI", upperUnit: "LĐLĐ HUYỆN BA TRI" }
 */
export function readTitle(cells: SheetCells, headerTop: number): TitleUnits {
  const bodies: string[] = [];
  let titled: ReturnType<typeof titledBody>;
  let employment: Employment | undefined;
  let grassroots = false;
  for (let r = 0; r < headerTop; r++) {
    for (let c = 0; c < Math.min(cells.rows.rowLength(r), 40); c++) {
      const text = cells.text(r, c);
      if (!text || text.length > 200) continue;
      const key = foldKey(text);
      if (/^danh sach\b/.test(key)) {
        titled ??= titledBody(text);
        employment ??= employmentOf(key);
        grassroots ||= listsGrassroots(key);
      }
      if (NOT_A_BODY.test(key) || !BODY.test(key) || /^[-_=.\s]+$/.test(text)) continue;
      // Only the left part of the sheet holds the issuing body; the right holds the Quốc hiệu.
      if (c > 3) continue;
      bodies.push(text);
    }
  }
  const issuer = bodies.at(-1);
  // An upper union's list of one CĐCS's committee: the people serve at the grassroots, not at the issuer's level.
  if (titled?.grassroots && issuer && inferLevelFromUnit(issuer) !== "co-so")
    return { unit: titled.name, upperUnit: issuer, level: "co-so", employment };
  // "DANH SÁCH CHỦ TỊCH CÁC CĐCS" under a district federation: the issuer is their upper unit, not their unit.
  if (grassroots && !titled && issuer && inferLevelFromUnit(issuer) !== "co-so")
    return { upperUnit: issuer, level: "co-so", employment };
  const unit = issuer ?? titled?.name;
  if (!unit) return employment ? { employment } : {};
  return { unit, upperUnit: bodies.at(-2), level: inferLevelFromUnit(unit), employment };
}

/** The kind of cadres a list's title names, when it names one kind only ("… chuyên trách và không chuyên trách": none). */
function employmentOf(key: string): Employment | undefined {
  const partTime = /\b(khong chuyen trach|kiem nhiem)\b/.test(key);
  const fullTime = /\bchuyen trach\b/.test(key.replace(/\bkhong chuyen trach\b/g, ""));
  if (fullTime === partTime) return undefined;
  return fullTime ? "chuyen-trach" : "khong-chuyen-trach";
}

/** A list's title about grassroots unions' cadres only: "CHỦ TỊCH CÁC CĐCS", "CÁN BỘ CÔNG ĐOÀN CƠ SỞ". */
function listsGrassroots(key: string): boolean {
  return (
    /\b(cdcs|cong doan co so)\b/.test(key) &&
    !/\b(cap tren|ldld|lien doan lao dong|cong doan nganh|tren co so)\b/.test(key)
  );
}
