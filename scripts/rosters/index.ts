import type { WorkbookSpec } from "./model";
import { r01NghiLoc } from "./r01NghiLoc";
import { r02BenTre } from "./r02BenTre";
import { r03ThuyHai } from "./r03ThuyHai";
import { r04HuongSon } from "./r04HuongSon";
import { r05AnGiangVni } from "./r05AnGiangVni";
import { r06KcnDongNai } from "./r06KcnDongNai";
import { r07HaLam } from "./r07HaLam";
import { r08ThanhHoa } from "./r08ThanhHoa";
import { r09QldvHaiPhong } from "./r09QldvHaiPhong";
import { r10VungAng } from "./r10VungAng";
import { r11BatXat } from "./r11BatXat";
import { r12QuangNam } from "./r12QuangNam";
import { r13DakLak } from "./r13DakLak";
import { r14CanTho } from "./r14CanTho";
import { r15SongCong } from "./r15SongCong";
import { r16GiaLai } from "./r16GiaLai";
import { r17LamDong } from "./r17LamDong";
import { r18YteThanhHoa } from "./r18YteThanhHoa";

/** Every workbook of the real-layout corpus, in file order (see test/fixtures/rosters/README.md). */
export const ROSTER_BOOKS: readonly WorkbookSpec[] = [
  r01NghiLoc,
  r02BenTre,
  r03ThuyHai,
  r04HuongSon,
  r05AnGiangVni,
  r06KcnDongNai,
  r07HaLam,
  r08ThanhHoa,
  r09QldvHaiPhong,
  r10VungAng,
  r11BatXat,
  r12QuangNam,
  r13DakLak,
  r14CanTho,
  r15SongCong,
  r16GiaLai,
  r17LamDong,
  r18YteThanhHoa,
];
