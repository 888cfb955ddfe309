import type { Employment, Gender, Payroll, Position, UnionLevel } from "../vocab/codes";
import { CDCS_TOPICS, topicList } from "./topicList";

/** Which training a group lacks: union skills, gender equality, or intermediate political theory. */
export type TrainingKind = "union" | "gender" | "political";

/**
 * Who belongs to a group, as data (so a user-edited group works): every given field must hold.
 * `positions` is matched against the cadre's most senior position, so a Chủ tịch who is also UVBCH is in the
 * chairs' group only; lists mean "any of".
 */
export interface GroupCriteria {
  training: TrainingKind;
  positions?: Position[];
  levels?: UnionLevel[];
  employment?: Employment;
  payroll?: Payroll;
  gender?: Gender;
  /** Key cadres only (the roster's "Chủ chốt" column, else CT/PCT). */
  keyOnly?: boolean;
}

/** A group of cadres to train: who (the criteria), by whom, and what. Members already trained are not counted. */
export interface TrainingGroup {
  id: string;
  /** Đối tượng, in Vietnamese. */
  name: string;
  who: GroupCriteria;
  /** Đơn vị thực hiện. */
  unit: string;
  /** Nội dung (see `topicList`). */
  content: string;
}

const GENDER_CONTENT = topicList("Chuyên đề bình đẳng giới gồm:", [
  "Bình đẳng giới và quy định của pháp luật về bình đẳng giới.",
  "Lồng ghép giới trong hoạt động công đoàn.",
]);

/**
 * The training groups: the three of the plan's appendix, then the three the plan's targets imply
 * (I3 key cadres and I4 women on gender equality, I5 full-time HĐLĐ cadres on political theory).
 * Editable: pass a changed copy to `deriveSchedule`.
 *
 * @example TRAINING_GROUPS.map((g) => g.id)[0] // "cdcs-pho-chu-tich-uvbch"
 */
export const TRAINING_GROUPS: readonly TrainingGroup[] = [
  {
    id: "cdcs-pho-chu-tich-uvbch",
    name: "Phó chủ tịch, UVBCH các CĐCS chưa qua tập huấn nghiệp vụ công đoàn",
    who: { training: "union", positions: ["pho-chu-tich", "uv-bch"], levels: ["co-so"] },
    unit: "Tại các huyện, thành phố, ngành",
    content: topicList(
      "Các chuyên đề hoạt động của CĐCS gồm:",
      CDCS_TOPICS,
      "Và các chuyên đề mới cần thiết khác.",
    ),
  },
  {
    id: "cdcs-chu-tich",
    name: "Chủ tịch các CĐCS chưa qua tập huấn nghiệp vụ công đoàn",
    who: { training: "union", positions: ["chu-tich"], levels: ["co-so"] },
    unit: "LĐLĐ tỉnh",
    content: topicList(
      "Cấp độ chuyên sâu các chuyên đề hoạt động của CĐCS gồm:",
      CDCS_TOPICS,
      "Và các chuyên đề mới và cần thiết khác.",
    ),
  },
  {
    id: "chuyen-trach",
    name: "Cán bộ công đoàn chuyên trách chưa qua tập huấn nghiệp vụ công đoàn",
    who: { training: "union", employment: "chuyen-trach" },
    unit: "Trường Đại học Tôn Đức Thắng",
    content: "",
  },
  {
    id: "chu-chot-binh-dang-gioi",
    name: "Cán bộ chủ chốt công đoàn các cấp chưa được bồi dưỡng, tập huấn về bình đẳng giới, lồng ghép giới",
    who: { training: "gender", keyOnly: true },
    unit: "LĐLĐ tỉnh",
    content: GENDER_CONTENT,
  },
  {
    id: "nu-cap-tren-binh-dang-gioi",
    name: "Cán bộ nữ công đoàn cấp trên cơ sở trở lên chưa được bồi dưỡng, tập huấn về bình đẳng giới, lồng ghép giới",
    who: { training: "gender", gender: "nu", levels: ["trung-uong", "tinh", "tren-co-so"] },
    unit: "LĐLĐ tỉnh",
    content: GENDER_CONTENT,
  },
  {
    id: "hdld-trung-cap-chinh-tri",
    name: "Cán bộ công đoàn chuyên trách diện HĐLĐ chưa học trung cấp chính trị",
    who: { training: "political", employment: "chuyen-trach", payroll: "hdld" },
    unit: "Trường Chính trị tỉnh",
    content: topicList("", ["Chương trình trung cấp lý luận chính trị - hành chính."]),
  },
];
