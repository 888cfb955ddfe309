import { foldKey } from "./foldKey";
import { hasLetter } from "./hasLetter";
import { isPlainText, normalizeText } from "./normalizeText";

describe("normalizeText", () => {
  it("turns NFD into NFC so the same name compares equal", () => {
    const nfd = "Nguye\u0302\u0303n Thi\u0323 Ha\u0300";
    expect(normalizeText(nfd)).toBe("Nguyễn Thị Hà");
    expect(normalizeText(nfd) === "Nguyễn Thị Hà").toBe(true);
  });
  it("folds non-breaking, repeated and edge spaces and drops zero-width ones", () => {
    expect(normalizeText("  Trần\u00a0\u00a0Văn\u200b   Bình \n")).toBe("Trần Văn Bình");
  });
});

describe("isPlainText", () => {
  it.each([
    ["Nguyễn Văn An", true],
    ["Hà Nội", true], // "à" is Latin-1, "ộ" is not: Unicode
    ["CĐCS Trường THCS An Thới", true],
    ["x", true],
    ["", true],
  ])("%j reads as it stands", (text, plain) => expect(isPlainText(text)).toBe(plain));

  it.each([
    ["Nguyễn  Văn An"], // two spaces
    [" An"],
    ["An "],
    ["A\u00a0B"],
    ["A\tB"],
    ["Nguye\u0303n"], // NFD
    ["An\u200b"],
    ["NguyÔn ThÞ Hoa"], // Latin-1 letters only: may be TCVN3
    ["Hà"], // the same, though Unicode: decodeLegacy decides
  ])("%j needs a closer reading", (text) => expect(isPlainText(text)).toBe(false));
});

describe("hasLetter", () => {
  it("finds a letter of any script, ASCII or not", () => {
    expect(["Đỗ", "ư", "An", "Лена", "x1"].map(hasLetter)).toEqual([true, true, true, true, true]);
    expect(["12/5", "", " - ", "1975."].map(hasLetter)).toEqual([false, false, false, false]);
  });
});

describe("foldKey", () => {
  it("ignores case, marks and đ", () => {
    expect(foldKey("ĐẢNG VIÊN")).toBe("dang vien");
    expect(foldKey("Trình độ chuyên môn")).toBe("trinh do chuyen mon");
  });
  it("folds punctuation and spacing", () => {
    expect(foldKey("Họ  và TÊN:")).toBe("ho va ten");
    expect(foldKey("Số CCCD/CMND")).toBe("so cccd cmnd");
  });
  it("gives the same key to NFC and NFD text", () => {
    expect(foldKey("Lý luận chính trị")).toBe(foldKey("Lý luận chính trị".normalize("NFD")));
  });
});
