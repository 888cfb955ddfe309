import type {
  Education,
  Employment,
  PoliticalTheory,
  Position,
  StateManagement,
  UnionLevel,
} from "../vocab/codes";

/**
 * The Vietnamese words the standards framework writes for each code: in the "Tiêu chuẩn" sheet and in the
 * `required` / `actual` texts of unmet criteria. `readCode` reads every one of them back. Kept here rather than
 * taken from the vocabulary folder so the sheet stays readable whatever that folder's wording becomes.
 * No label contains a comma: lists in the sheet are separated by ", ".
 *
 * @example LEVEL_LABELS["tren-co-so"] // "Cấp trên trực tiếp cơ sở"
 */
export const LEVEL_LABELS: Record<UnionLevel, string> = {
  "trung-uong": "Trung ương",
  tinh: "Tỉnh",
  "tren-co-so": "Cấp trên trực tiếp cơ sở",
  "co-so": "Cơ sở",
};

export const POSITION_LABELS: Record<Position, string> = {
  "chu-tich": "Chủ tịch",
  "pho-chu-tich": "Phó Chủ tịch",
  "uv-btv": "Ủy viên Ban Thường vụ",
  "uv-bch": "Ủy viên Ban Chấp hành",
  "chu-nhiem-ubkt": "Chủ nhiệm Ủy ban Kiểm tra",
  "pho-chu-nhiem-ubkt": "Phó Chủ nhiệm Ủy ban Kiểm tra",
  "uv-ubkt": "Ủy viên Ủy ban Kiểm tra",
  "truong-ban": "Trưởng ban",
  "pho-truong-ban": "Phó Trưởng ban",
  "to-truong": "Tổ trưởng công đoàn",
  "to-pho": "Tổ phó công đoàn",
  "chuyen-vien": "Chuyên viên",
};

export const EMPLOYMENT_LABELS: Record<Employment, string> = {
  "chuyen-trach": "Chuyên trách",
  "khong-chuyen-trach": "Không chuyên trách",
};

export const EDUCATION_LABELS: Record<Education, string> = {
  "chua-qua-dao-tao": "Chưa qua đào tạo",
  "so-cap": "Sơ cấp",
  "trung-cap": "Trung cấp",
  "cao-dang": "Cao đẳng",
  "dai-hoc": "Đại học",
  "thac-si": "Thạc sĩ",
  "tien-si": "Tiến sĩ",
};

export const POLITICAL_THEORY_LABELS: Record<PoliticalTheory, string> = {
  "chua-co": "Chưa có",
  "so-cap": "Sơ cấp",
  "trung-cap": "Trung cấp",
  "cao-cap": "Cao cấp",
};

export const STATE_MANAGEMENT_LABELS: Record<StateManagement, string> = {
  "chua-co": "Chưa có",
  "chuyen-vien": "Chuyên viên",
  "chuyen-vien-chinh": "Chuyên viên chính",
  "chuyen-vien-cao-cap": "Chuyên viên cao cấp",
};

/** Written for "every level" / "every position". */
export const ALL_LABEL = "Tất cả";
/** Written in the yes/no columns (union training, party member) when the standard requires it. */
export const YES_LABEL = "Có";
/** What an unmet criterion says when the roster has no value. */
export const NO_INFORMATION = "chưa có thông tin";
