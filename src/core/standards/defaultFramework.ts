import type { StandardsFramework } from "./positionStandard";

/** The levels "cấp trên trực tiếp cơ sở trở lên": the upper-grassroots level and every level above it. */
const UPPER = ["trung-uong", "tinh", "tren-co-so"] as const;

/**
 * The built-in framework: an editable template, not the law. Each standard names the rule it was taken from,
 * marked "cần đối chiếu văn bản hiện hành" because the national texts (QĐ 3169/QĐ-TLĐ 2021, QĐ 2860/QĐ-TLĐ 2025,
 * QĐ 4135-QĐ/BTCTW 2019) were not all available in full; a workbook's "Tiêu chuẩn" sheet replaces it.
 *
 * Every position at the upper-grassroots level and above is covered (S5 applies to all of them, whatever their
 * employment), so the plan's I6 judges every cadre of those levels: S1 full-time cadres, S2 chairs and vice-chairs,
 * S5 every cadre (part-time executive members included: QĐ 2860, Điều 5.1 asks đại học, or trung cấp for direct
 * production workers — the lower bound is the template's). Stricter rules for other leadership posts (the inspection
 * committee's chair, heads of departments) are left to the federation's own "Tiêu chuẩn" sheet: no clause of the
 * texts at hand says them, and a template that warns of what no text asks would bury the real gaps.
 *
 * Deliberately not included: a per-person training standard for Phó Chủ tịch / UVBCH of CĐCS. The plan trains
 * them (phụ lục 2016, 2018, 2020) but sets only "≥ 90% of part-time cadres" (mục II.2): a share for the
 * attainment table, not a requirement every such cadre must meet.
 *
 * @example DEFAULT_FRAMEWORK.standards.map((s) => s.id) // ["S1", "S2", "S3", "S4", "S5"]
 */
export const DEFAULT_FRAMEWORK: StandardsFramework = {
  origin: "builtin",
  notice:
    "Đây là khung tiêu chuẩn mẫu do phần mềm soạn sẵn, chưa phải văn bản quy định. " +
    "Trước khi dùng, cần đối chiếu văn bản hiện hành: Quyết định 3169/QĐ-TLĐ ngày 07/9/2021, " +
    "Quyết định 2860/QĐ-TLĐ năm 2025 của Tổng Liên đoàn Lao động Việt Nam và Quyết định 4135-QĐ/BTCTW năm 2019. " +
    "Nếu sổ làm việc có trang tính “Tiêu chuẩn”, phần mềm dùng các tiêu chuẩn ghi ở trang tính đó thay cho khung mẫu này.",
  standards: [
    {
      id: "S1",
      title: "Cán bộ công đoàn chuyên trách cấp trên trực tiếp cơ sở trở lên",
      levels: [...UPPER],
      positions: "all",
      employment: "chuyen-trach",
      requires: { education: "dai-hoc", politicalTheory: "trung-cap", unionTraining: true },
      source:
        "QĐ 2860/QĐ-TLĐ (2025), Điều 5.1; Kế hoạch 14-KH/ĐĐ, mục II.2 (100% cán bộ chuyên trách được tập huấn nghiệp vụ) — cần đối chiếu văn bản hiện hành",
    },
    {
      id: "S2",
      title: "Chủ tịch, Phó Chủ tịch công đoàn cấp trên trực tiếp cơ sở trở lên",
      levels: [...UPPER],
      positions: ["chu-tich", "pho-chu-tich"],
      employment: "any",
      requires: { education: "dai-hoc", politicalTheory: "trung-cap" },
      source:
        "QĐ 3169/QĐ-TLĐ (2021), QĐ 2860/QĐ-TLĐ (2025), QĐ 4135-QĐ/BTCTW (2019) — cần đối chiếu văn bản hiện hành",
    },
    {
      id: "S3",
      title: "Chủ tịch công đoàn cơ sở",
      levels: ["co-so"],
      positions: ["chu-tich"],
      employment: "any",
      requires: { unionTraining: true },
      source:
        "Kế hoạch 14-KH/ĐĐ, phụ lục (lớp tập huấn Chủ tịch CĐCS năm 2016, 2019) — cần đối chiếu văn bản hiện hành",
    },
    {
      // The plan's first target covers full-time cadres at every level; S1 covers the upper levels.
      id: "S4",
      title: "Cán bộ công đoàn chuyên trách ở công đoàn cơ sở",
      levels: ["co-so"],
      positions: "all",
      employment: "chuyen-trach",
      requires: { unionTraining: true },
      source:
        "Kế hoạch 14-KH/ĐĐ, mục II.2 (100% cán bộ chuyên trách được tập huấn nghiệp vụ) — cần đối chiếu văn bản hiện hành",
    },
    {
      id: "S5",
      title:
        "Cán bộ công đoàn cấp trên trực tiếp cơ sở trở lên (mọi chức danh, kể cả ủy viên BCH không chuyên trách)",
      levels: [...UPPER],
      positions: "all",
      employment: "any",
      requires: { education: "trung-cap" },
      source:
        "QĐ 3169/QĐ-TLĐ (2021), QĐ 2860/QĐ-TLĐ (2025), Điều 5.1 (ủy viên BCH: đại học; công nhân trực tiếp sản xuất: trung cấp hoặc bậc thợ 3/7 — mẫu lấy mức tối thiểu) — cần đối chiếu văn bản hiện hành",
    },
  ],
};
