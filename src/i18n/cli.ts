import { YEAR_MAX, YEAR_MIN, type YearProblem } from "../app/parseYear";

/** Texts of the canbo command, one dictionary per language with the same shape. */
export interface CliMessages {
  usage: string;
  noFiles: string;
  unknownCommand: (cmd: string) => string;
  /** `--year` as typed that is not a year, by what is wrong with it. */
  badYear: Record<YearProblem, (v: string) => string>;
  badJobs: (v: string) => string;
  fileLine: (path: string, cadres: number, errors: number, warnings: number, infos: number) => string;
  unreadable: (path: string, message: string) => string;
  more: (n: number) => string;
  total: (files: number, cadres: number, errors: number, warnings: number, infos: number) => string;
  wrote: (path: string) => string;
  progress: string;
  standardsUnreadable: (path: string) => string;
  yearRequired: string;
  suggestion: (s: string) => string;
  /** An input file that cannot be used, with its cells' problems, each already a sentence with its place. */
  inputUnreadable: (path: string, problems: readonly string[]) => string;
  // — report output (issue 11) —
  wroteInstead: (wanted: string, actual: string) => string;
  outIsInput: (path: string) => string;
  optionUnreadable: (option: string, path: string, sentence: string) => string;
  outIsFolder: (path: string) => string;
  outFolderMissing: (path: string, folder: string) => string;
  cannotWrite: (path: string, code: string) => string;
}

const USAGE_VI = `canbo — kiểm tra danh sách cán bộ công đoàn và lập báo cáo

Cách dùng:
  canbo check <tệp hoặc thư mục…> [--year NĂM] [--standards TIEU-CHUAN.xlsx] [--out ket-qua.xlsx] [--json] [--lang vi|en] [--jobs N]
  canbo report <tệp hoặc thư mục…> --year NĂM [--plan builtin|TỆP] [--finance TỆP] [--previous TỆP] [--standards TỆP] [--out bao-cao.xlsx] [--force]
         [--parent "TỔNG LĐLĐ VIỆT NAM"] [--org "LIÊN ĐOÀN LAO ĐỘNG TỈNH …"] [--symbol BC-LĐLĐ] [--place "Bến Tre"]
         [--signer "Họ tên"] [--preparer "Họ tên"] [--recipient "Nơi nhận"]… [--json] [--jobs N]
  canbo consolidate <tệp hoặc thư mục…> --year NĂM [--out tong-hop-NĂM.xlsx] [--nam-nu] [--force]
  canbo fix <tệp> [--out <tệp>-da-sua.xlsx] [--only legacy-encoding,invalid-id,canonical-spelling,name-format] [--force] [--json]

canbo không bao giờ ghi vào tệp đầu vào: fix và consolidate ghi một tệp mới, nói rõ đã đổi gì.

Nhiều tệp được kiểm tra song song trên mọi lõi CPU; --jobs 1 để kiểm tra lần lượt.
Mã thoát: 0 không có lỗi, 1 có lỗi trong danh sách, 2 có tệp không dùng được (các tệp khác vẫn được kiểm tra).`;

const USAGE_EN = `canbo — check union cadre rosters and build the plan's reports

Usage:
  canbo check <files or folders…> [--year YEAR] [--standards STANDARDS.xlsx] [--out result.xlsx] [--json] [--lang vi|en] [--jobs N]
  canbo report <files or folders…> --year YEAR [--plan builtin|FILE] [--finance FILE] [--previous FILE] [--standards FILE] [--out report.xlsx] [--force]
         [--parent "TỔNG LĐLĐ VIỆT NAM"] [--org "LIÊN ĐOÀN LAO ĐỘNG TỈNH …"] [--symbol BC-LĐLĐ] [--place "Bến Tre"]
         [--signer "Name"] [--preparer "Name"] [--recipient "Recipient"]… [--json] [--jobs N]
  canbo consolidate <files or folders…> --year YEAR [--out tong-hop-YEAR.xlsx] [--nam-nu] [--force]
  canbo fix <file> [--out <file>-da-sua.xlsx] [--only legacy-encoding,invalid-id,canonical-spelling,name-format] [--force] [--json]

canbo never writes an input file: fix and consolidate write a new file and say what changed.

Many files are checked in parallel on every CPU core; --jobs 1 checks them one by one.
Exit codes: 0 no errors, 1 errors found, 2 a file could not be used (the other files are still checked).`;

export const cliVi: CliMessages = {
  usage: USAGE_VI,
  noFiles: "Chưa chỉ ra tệp nào. Hãy ghi tên tệp hoặc thư mục, ví dụ canbo check danh-sach.xlsx",
  unknownCommand: (cmd) =>
    `Không có lệnh “${cmd}”. Hãy dùng “canbo check”, “canbo report”, “canbo consolidate” hoặc “canbo fix”.`,
  badYear: {
    empty: () => "Chưa ghi năm sau --year. Hãy ghi năm đủ bốn chữ số, ví dụ --year 2019.",
    "not-a-year": (v) => `Năm “${v}” không hợp lệ. Hãy ghi năm đủ bốn chữ số, ví dụ --year 2019.`,
    "out-of-range": (v) => `Năm “${v}” nằm ngoài khoảng ${YEAR_MIN}–${YEAR_MAX}. Hãy ghi lại năm báo cáo.`,
  },
  badJobs: (v) => `Số luồng “${v}” không hợp lệ. Hãy ghi một số từ 1 trở lên, ví dụ --jobs 2.`,
  fileLine: (p, c, e, w, i) => `${p}: ${c} cán bộ — ${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
  unreadable: (p, msg) => `${p}: ${msg}`,
  more: (n) => `  … và ${n} phát hiện khác (xem đủ bằng --out hoặc --json)`,
  total: (f, c, e, w, i) => `Tổng cộng ${f} tệp, ${c} cán bộ: ${e} lỗi, ${w} cảnh báo, ${i} thông tin.`,
  wrote: (p) => `Đã ghi ${p}`,
  progress: "Đang kiểm tra",
  standardsUnreadable: (p) =>
    `Không dùng được trang tính “Tiêu chuẩn” trong ${p}. Hãy sửa các ô nêu trên rồi chạy lại lệnh.`,
  suggestion: (x) => ` → gợi ý: ${x}`,
  yearRequired: "Lệnh report cần năm báo cáo. Hãy thêm --year, ví dụ canbo report samples --year 2019",
  inputUnreadable: (p, problems) => `Không dùng được ${p}.` + problems.map((x) => `\n  ${x}`).join(""),
  // — report output (issue 11) —
  wroteInstead: (w, a) => `Tệp ${w} đã có nên không ghi đè; đã ghi ${a} (dùng --force để ghi đè).`,
  outIsInput: (p) => `Không ghi báo cáo vào ${p} vì đó là một tệp đầu vào. Hãy chọn tên khác với --out.`,
  optionUnreadable: (option, p, sentence) => `Không dùng được tệp ${option} ${p}: ${sentence}`,
  outIsFolder: (p) => `${p} là một thư mục. Hãy ghi cả tên tệp, ví dụ --out ${p}/ket-qua.xlsx.`,
  outFolderMissing: (p, folder) =>
    `Không có thư mục ${folder} để ghi ${p}. Hãy tạo thư mục đó trước, hoặc chọn nơi khác cho --out.`,
  cannotWrite: (p, code) =>
    `Không ghi được ${p} (${code}). Hãy kiểm tra quyền ghi vào thư mục và chỗ trống trên ổ đĩa.`,
};

export const cliEn: CliMessages = {
  usage: USAGE_EN,
  noFiles: "No files given. Example: canbo check roster.xlsx",
  unknownCommand: (cmd) =>
    `There is no command “${cmd}”. Use “canbo check”, “canbo report”, “canbo consolidate” or “canbo fix”.`,
  badYear: {
    empty: () => "No year after --year. Write a year of four digits, e.g. --year 2019.",
    "not-a-year": (v) => `“${v}” is not a valid year. Write four digits, e.g. --year 2019.`,
    "out-of-range": (v) => `The year “${v}” is outside ${YEAR_MIN}–${YEAR_MAX}. Write the report year again.`,
  },
  badJobs: (v) => `“${v}” is not a valid number of jobs. Write a whole number from 1 up, e.g. --jobs 2.`,
  fileLine: (p, c, e, w, i) => `${p}: ${c} cadres — ${e} errors, ${w} warnings, ${i} infos`,
  unreadable: (p, msg) => `${p}: ${msg}`,
  more: (n) => `  … and ${n} more findings (see them all with --out or --json)`,
  total: (f, c, e, w, i) => `In all ${f} files, ${c} cadres: ${e} errors, ${w} warnings, ${i} infos.`,
  wrote: (p) => `Wrote ${p}`,
  progress: "Checking",
  standardsUnreadable: (p) =>
    `Cannot use the “Tiêu chuẩn” sheet in ${p}. Correct the cells above and run the command again.`,
  suggestion: (x) => ` → suggestion: ${x}`,
  yearRequired: "The report command needs the report year. Add --year, e.g. canbo report samples --year 2019",
  inputUnreadable: (p, problems) => `Cannot use ${p}.` + problems.map((x) => `\n  ${x}`).join(""),
  // — report output (issue 11) —
  wroteInstead: (w, a) =>
    `${w} already exists and was not overwritten; wrote ${a} (use --force to overwrite).`,
  outIsInput: (p) =>
    `Will not write the report to ${p}: it is one of the inputs. Choose another name with --out.`,
  optionUnreadable: (option, p, sentence) => `Cannot use the ${option} file ${p}: ${sentence}`,
  outIsFolder: (p) => `${p} is a folder; give a file name too, e.g. --out ${p}/result.xlsx.`,
  outFolderMissing: (p, folder) =>
    `There is no folder ${folder} to write ${p} into. Create the folder first, or choose another place for --out.`,
  cannotWrite: (p, code) =>
    `Could not write ${p} (${code}). Check the folder's write permission and the free disk space.`,
};
