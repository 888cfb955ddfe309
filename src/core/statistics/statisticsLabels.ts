import type { CadreEducation, CadrePoliticalTheory, CadreStateManagement } from "../attainment";

/**
 * Row titles of the statistics table, lowest level first. A local table on purpose: the vocabulary's labels
 * are written elsewhere for reading rosters, these are the words of a report. `Record` makes the compiler
 * demand a title for every code.
 */
export const EDUCATION_LABELS: Readonly<Record<CadreEducation, string>> = {
  "chua-qua-dao-tao": "Chưa qua đào tạo",
  "so-cap": "Sơ cấp",
  "trung-cap": "Trung cấp",
  "cao-dang": "Cao đẳng",
  "dai-hoc": "Đại học",
  "thac-si": "Thạc sĩ",
  "tien-si": "Tiến sĩ",
};

export const POLITICAL_THEORY_LABELS: Readonly<Record<CadrePoliticalTheory, string>> = {
  "chua-co": "Chưa có LLCT",
  "so-cap": "Sơ cấp LLCT",
  "trung-cap": "Trung cấp LLCT",
  "cao-cap": "Cao cấp, cử nhân LLCT",
};

export const STATE_MANAGEMENT_LABELS: Readonly<Record<CadreStateManagement, string>> = {
  "chua-co": "Chưa qua bồi dưỡng QLNN",
  "chuyen-vien": "QLNN ngạch chuyên viên",
  "chuyen-vien-chinh": "QLNN ngạch chuyên viên chính",
  "chuyen-vien-cao-cap": "QLNN ngạch chuyên viên cao cấp",
};
