/**
 * The sentences the report's first sheet uses for its optional inputs. The report is a Vietnamese document, so
 * these are Vietnamese whatever the language of the command's messages.
 */
export const INPUT_SENTENCES = {
  builtinPlan:
    "Phụ lục kế hoạch: Kế hoạch 14-KH/ĐĐ ngày 29/4/2016 (giai đoạn 2016–2020), có sẵn trong phần mềm.",
  planFile: (file: string, rows: number) => `Phụ lục kế hoạch: theo tệp ${file} (${rows} dòng).`,
  financeFile: (file: string) => `Kinh phí (I7): theo tệp ${file}.`,
  noFinance: "Kinh phí (I7): không có tệp kinh phí, nên I7 để trống.",
  previousFile: (file: string, cadres: number) => `Danh sách năm trước (I6): tệp ${file}, ${cadres} cán bộ.`,
  noPrevious: "Danh sách năm trước: không có, nên I6 chưa so sánh được với năm trước.",
  /** An input that could not be used, with its problems, each already a sentence (in Vietnamese) with its place. */
  unreadable: (file: string, problems: readonly string[]) =>
    [`Không dùng được ${file}.`, ...problems].join(" "),
};
