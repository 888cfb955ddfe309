import type { Education, PoliticalTheory, StateManagement } from "../vocab/codes";

/**
 * Row titles of the statistics table, lowest level first. A local table on purpose: the vocabulary's labels
 * are the words rosters and the "Tiêu chuẩn" sheet use (`STANDARD_WORDS`), these are the words of a report's
 * rows ("Sơ cấp LLCT"). `Record` makes the compiler demand a title for every code.
 */
export const STATISTICS_ROWS: {
  readonly education: Readonly<Record<Education, string>>;
  readonly politicalTheory: Readonly<Record<PoliticalTheory, string>>;
  readonly stateManagement: Readonly<Record<StateManagement, string>>;
} = {
  education: {
    "chua-qua-dao-tao": "Chưa qua đào tạo",
    "so-cap": "Sơ cấp",
    "trung-cap": "Trung cấp",
    "cao-dang": "Cao đẳng",
    "dai-hoc": "Đại học",
    "thac-si": "Thạc sĩ",
    "tien-si": "Tiến sĩ",
  },
  politicalTheory: {
    "chua-co": "Chưa có LLCT",
    "so-cap": "Sơ cấp LLCT",
    "trung-cap": "Trung cấp LLCT",
    "cao-cap": "Cao cấp, cử nhân LLCT",
  },
  stateManagement: {
    "chua-co": "Chưa qua bồi dưỡng QLNN",
    "chuyen-vien": "QLNN ngạch chuyên viên",
    "chuyen-vien-chinh": "QLNN ngạch chuyên viên chính",
    "chuyen-vien-cao-cap": "QLNN ngạch chuyên viên cao cấp",
  },
};
