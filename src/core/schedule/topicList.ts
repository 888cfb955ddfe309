/**
 * The seven activity topics of a CĐCS (the plan's appendix), in the plan's wording.
 * The seed spells "Uỷ ban" (old tone placement) in its first rows and "Ủy ban" in later ones; new text uses "Ủy".
 */
export const CDCS_TOPICS: readonly string[] = [
  "Công tác phát triển đoàn viên và xây dựng CĐCS vững mạnh.",
  "Công tác tuyên truyền giáo dục trong CNVCLĐ.",
  "Công đoàn phối hợp tổ chức các phong trào thi đua trong CNVCLĐ.",
  "CĐCS trong tham gia quản lý.",
  "Công tác vận động nữ CNVCLĐ.",
  "Công tác tài chính, kế toán của CĐCS.",
  "Hoạt động của Ủy ban Kiểm tra CĐCS.",
];

/**
 * The text of a "Nội dung" cell: an optional intro line, one "- topic" line per topic, an optional closing
 * line. Lines are joined with "\n" so Excel shows a list inside the wrapped cell.
 *
 * @param intro the line before the list ("Các chuyên đề hoạt động của CĐCS gồm:"), or ""
 * @param topics the topics, without the dash
 * @param closing the line after the list ("Và các chuyên đề cần thiết khác."), or omitted
 * @returns the cell text
 * @example topicList("Gồm:", ["A.", "B."], "Và khác.") // "Gồm:\n- A.\n- B.\nVà khác."
 */
export function topicList(intro: string, topics: readonly string[], closing?: string): string {
  return [intro, ...topics.map((t) => `- ${t}`), closing ?? ""].filter((line) => line !== "").join("\n");
}
