import { messagesFor } from "../i18n";
import { WorkbookError } from "../workbook/workbookError";
import { describeFailure } from "./describeFailure";

const vi = messagesFor("vi");
const en = messagesFor("en");

describe("describeFailure", () => {
  it("names the sheet of a refused action and says what to do, in Excel's words of each language", () => {
    const notOwned = new WorkbookError("not-owned", undefined, { sheet: "KQ Kiểm tra" });
    expect(describeFailure(notOwned, vi)).toBe(
      "Sổ làm việc đã có trang tính “KQ Kiểm tra” không do canbo lập nên canbo không ghi đè. Hãy đổi tên trang tính đó (bấm chuột phải vào tên trang tính > Đổi tên) rồi thử lại.",
    );
    expect(describeFailure(notOwned, en)).toContain("“KQ Kiểm tra” that canbo did not write");
    const gone = new WorkbookError("sheet-missing", undefined, { sheet: "DS" });
    expect(describeFailure(gone, vi)).toContain("Không còn trang tính “DS” trong sổ làm việc");
  });

  it("asks a user typing in a cell to press Enter or Esc", () => {
    const editing = new WorkbookError("cell-editing", "InvalidOperationInCellEditMode");
    expect(describeFailure(editing, vi)).toBe(
      "Excel đang ở chế độ sửa ô (con trỏ còn nằm trong một ô) nên canbo chưa làm được. Hãy bấm Enter hoặc Esc để ra khỏi ô rồi thử lại.",
    );
    expect(describeFailure(editing, en)).toContain("Press Enter or Esc");
  });

  it("words a file that cannot be used as its unreadable-file finding does, with where the limit was reached", () => {
    const wide = new WorkbookError("too-many-columns", "XFD", { sheet: "Danh sách", cell: "XFD1048576" });
    expect(describeFailure(wide, vi)).toBe(
      "Có dữ liệu ở quá xa bên phải (quá 1.024 cột) nên đây không thể là một danh sách. Hãy xóa các ô thừa bên phải bảng rồi lưu lại. Vị trí: trang tính “Danh sách”, ô XFD1048576.",
    );
  });

  it("says anything else went wrong unexpectedly, without its technical message", () => {
    expect(describeFailure(new TypeError("x is undefined"), vi)).toBe(vi.failures.unexpected);
    expect(describeFailure("boom", en)).toBe(en.failures.unexpected);
  });
});
