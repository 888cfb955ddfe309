import type { ScheduleRow } from "./scheduleRow";
import { CDCS_TOPICS, topicList } from "./topicList";

/** A training plan: its identity (as printed on it) and its appendix schedule. */
export interface TrainingPlan {
  /** Short name for lists: "Kế hoạch 14-KH/ĐĐ (2016–2020)". */
  name: string;
  /** Số kế hoạch. */
  number: string;
  /** Date of issue, dd/mm/yyyy. */
  date: string;
  issuer: string;
  /** Place of the date line ("Bến Tre"). */
  place?: string;
  title: string;
  fromYear: number;
  toYear: number;
  /** The appendix's heading and the note under it, verbatim. */
  appendixTitle: string;
  appendixNote: string;
  /** Who signed the plan. */
  signature: { onBehalf: string; role: string; name: string };
  rows: readonly ScheduleRow[];
}

// The seed writes "Uỷ ban" (old tone placement) in its first three rows and "Ủy ban" in the later ones;
// the built-in plan reproduces each row as printed.
const TOPICS_OLD_SPELLING = CDCS_TOPICS.map((t) => t.replace("Ủy ban", "Uỷ ban"));
const INTRO = "Các chuyên đề hoạt động của CĐCS gồm:";
const INTRO_IN_DEPTH = "Cấp độ chuyên sâu các chuyên đề hoạt động của CĐCS gồm:";
const DEPUTIES = "cdcs-pho-chu-tich-uvbch";
const CHAIRS = "cdcs-chu-tich";
const FULL_TIME = "chuyen-trach";
const TDT = "Trường Đại học Tôn Đức Thắng";

/**
 * Kế hoạch 14-KH/ĐĐ of the Đảng đoàn of the Bến Tre Labour Federation (29/04/2016) and its appendix table,
 * row for row: 8 rows, 3,211 people. Fixed only: the typos "nđơn vị"/"ndơn vị" → "đơn vị", "LĐLD" → "LĐLĐ",
 * "quản lý.." → "quản lý.", and the HTML tags of the source. Each row's `groupId` names the training group
 * it plans for, so `planAgainstActual` can count what was done.
 *
 * @example BUILTIN_PLAN.rows.reduce((s, r) => s + r.count, 0) // 3211
 */
export const BUILTIN_PLAN: Readonly<TrainingPlan> = Object.freeze({
  name: "Kế hoạch 14-KH/ĐĐ (2016–2020)",
  number: "14-KH/ĐĐ",
  date: "29/04/2016",
  issuer: "Đảng đoàn Liên đoàn Lao động tỉnh Bến Tre",
  place: "Bến Tre",
  title: "Kế hoạch nâng cao chất lượng đội ngũ cán bộ công đoàn tỉnh Bến Tre giai đoạn 2016 - 2020",
  fromYear: 2016,
  toYear: 2020,
  appendixTitle: "ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN",
  appendixNote:
    "(Phụ lục ban hành kèm theo kế hoạch số 14-KH/ĐĐ ngày 29 tháng 4 năm 2016 của Đảng đoàn Liên đoàn Lao động " +
    "tỉnh Bến Tre về nâng cao chất lượng đội ngũ cán bộ công đoàn giai đoạn 2015-2020)",
  signature: { onBehalf: "T/M ĐẢNG ĐOÀN", role: "BÍ THƯ", name: "Lê Văn Quyền" },
  rows: frozen([
    {
      year: 2016,
      group: "Phó chủ tịch, UVBCH các CĐCS trong các cơ quan đơn vị HCSN, trường học và các loại hình khác",
      count: 600,
      unit: "Tại các huyện, thành phố, ngành",
      content: topicList(INTRO, TOPICS_OLD_SPELLING),
      groupId: DEPUTIES,
    },
    {
      year: 2016,
      group: "Chủ tịch các CĐCS trong toàn tỉnh (chưa qua lớp tập huấn, nhiệm kỳ 2013-2018)",
      count: 270,
      unit: "LĐLĐ tỉnh",
      content: topicList(INTRO_IN_DEPTH, TOPICS_OLD_SPELLING, "Và các chuyên đề cần thiết khác."),
      groupId: CHAIRS,
    },
    {
      year: 2017,
      group: "Cán bộ công đoàn chuyên trách chưa qua tập huấn nghiệp vụ công đoàn",
      count: 15,
      unit: TDT,
      content: "",
      groupId: FULL_TIME,
    },
    {
      year: 2018,
      group:
        "Phó chủ tịch, UVBCH các CĐCS trong các cơ quan đơn vị HCSN, trường học và các loại hình khác mới sau Đại hội nhiệm kỳ 2018-2023",
      count: 1500,
      unit: "Tại các huyện, thành phố, các ngành",
      content: topicList(INTRO, TOPICS_OLD_SPELLING, "Và các chuyên đề mới cần thiết khác."),
      groupId: DEPUTIES,
    },
    {
      year: 2019,
      group: "Chủ tịch các CĐCS trong toàn tỉnh mới sau Đại hội, nhiệm kỳ 2018-2023",
      count: 500,
      unit: "Tại LĐLĐ tỉnh",
      content: topicList(INTRO_IN_DEPTH, CDCS_TOPICS, "Và các chuyên đề mới và cần thiết khác."),
      groupId: CHAIRS,
    },
    {
      year: 2019,
      group: "Cán bộ công đoàn chuyên trách chưa qua tập huấn nghiệp vụ Công đoàn",
      count: 15,
      unit: TDT,
      content: "",
      groupId: FULL_TIME,
    },
    {
      year: 2020,
      group:
        "Phó chủ tịch, UVBCH các CĐCS trong các cơ quan đơn vị HCSN, trường học và các loại hình khác mới bổ sung, thay thế",
      count: 300,
      unit: "Tại các huyện, thành phố, ngành",
      content: topicList(INTRO, CDCS_TOPICS, "Và các chuyên đề mới cần thiết khác."),
      groupId: DEPUTIES,
    },
    {
      year: 2020,
      group: "Cán bộ công đoàn chuyên trách chưa qua tập huấn nghiệp vụ Công đoàn",
      count: 11,
      unit: TDT,
      content: "",
      groupId: FULL_TIME,
    },
  ]),
});

function frozen(rows: ScheduleRow[]): readonly ScheduleRow[] {
  return Object.freeze(rows.map((r) => Object.freeze(r)));
}
