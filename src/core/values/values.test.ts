import { isErrorValue } from "./cellKinds";
import { fromExcelSerial } from "./excelSerial";
import { parseDate } from "./parseDate";
import { parseGender } from "./parseGender";
import { parseIdNumber } from "./parseIdNumber";
import { parseMark } from "./parseMark";
import { parsePartyMember } from "./parsePartyMember";
import { parseTraining } from "./parseTraining";

describe("parseDate", () => {
  it("reads day-first dates in the usual separators", () => {
    expect(parseDate("21/03/1980")).toEqual({ kind: "date", date: { year: 1980, month: 3, day: 21 } });
    expect(parseDate("5-7-1975")).toEqual({ kind: "date", date: { year: 1975, month: 7, day: 5 } });
    expect(parseDate("01.12.1990")).toEqual({ kind: "date", date: { year: 1990, month: 12, day: 1 } });
    expect(parseDate("1975-03-21")).toEqual({ kind: "date", date: { year: 1975, month: 3, day: 21 } });
    expect(parseDate("03/1980")).toEqual({ kind: "date", date: { year: 1980, month: 3 } });
  });
  it("reads a date with a full stop typed after it, or a note in brackets", () => {
    expect(parseDate("20/10/1985.")).toEqual({ kind: "date", date: { year: 1985, month: 10, day: 20 } });
    expect(parseDate("12/3/1975 (âm lịch)")).toEqual({
      kind: "date",
      date: { year: 1975, month: 3, day: 12 },
    });
    expect(parseDate("31/02/1980.")).toEqual({ kind: "invalid" });
  });
  it("reads a year alone, as number or text", () => {
    expect(parseDate(1975)).toEqual({ kind: "date", date: { year: 1975 } });
    expect(parseDate("năm 1975")).toEqual({ kind: "date", date: { year: 1975 } });
  });
  it("reads Excel serial dates (21/03/1980 is serial 29301)", () => {
    expect(parseDate(29301)).toEqual({ kind: "date", date: { year: 1980, month: 3, day: 21 } });
    expect(fromExcelSerial(60)).toBeUndefined(); // Excel's fake 29/02/1900
    expect(fromExcelSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });
  it("rejects days that do not exist and text that is no date", () => {
    expect(parseDate("31/02/1980")).toEqual({ kind: "invalid" });
    expect(parseDate("29/02/1983")).toEqual({ kind: "invalid" });
    expect(parseDate("29/02/1984")).toEqual({ kind: "date", date: { year: 1984, month: 2, day: 29 } });
    expect(parseDate("không rõ")).toEqual({ kind: "invalid" });
    expect(parseDate("")).toEqual({ kind: "empty" });
  });
});

describe("parseMark", () => {
  it("reads ticks and their opposites", () => {
    for (const v of ["x", "X", "có", "✓", "✔", 1, true, "Đã"]) expect(parseMark(v)).toEqual({ kind: "yes" });
    for (const v of ["không", "chưa", 0, "-", "—"]) expect(parseMark(v)).toEqual({ kind: "no" });
    expect(parseMark("có lẽ")).toEqual({ kind: "invalid" });
  });
});

describe("parseTraining", () => {
  it("reads a mark, a year, a date and text with years", () => {
    expect(parseTraining("x")).toEqual({ kind: "trained", training: { done: true } });
    expect(parseTraining(2018)).toEqual({ kind: "trained", training: { done: true, year: 2018 } });
    expect(parseTraining("2019")).toEqual({ kind: "trained", training: { done: true, year: 2019 } });
    expect(parseTraining(43466)).toEqual({ kind: "trained", training: { done: true, year: 2019 } }); // 01/01/2019
    expect(parseTraining("Đã tập huấn 2019")).toEqual({
      kind: "trained",
      training: { done: true, year: 2019 },
    });
    expect(parseTraining("2018, 2020")).toEqual({ kind: "trained", training: { done: true, year: 2018 } });
    expect(parseTraining("chưa")).toEqual({ kind: "not-trained" });
    expect(parseTraining("sẽ học")).toEqual({ kind: "invalid" });
  });
});

describe("parseIdNumber", () => {
  it("accepts 12 digits, with group separators", () => {
    expect(parseIdNumber("083075000123")).toEqual({ kind: "ok", id: "083075000123" });
    expect(parseIdNumber("083 075 000 123")).toEqual({ kind: "ok", id: "083075000123" });
    expect(parseIdNumber(123456789012)).toEqual({ kind: "ok", id: "123456789012" });
  });
  it("suggests the lost leading zero of an 11-digit number, and rejects old 9-digit CMND", () => {
    expect(parseIdNumber(83075000123)).toEqual({ kind: "invalid", digits: 11, suggestion: "083075000123" });
    expect(parseIdNumber("321456789")).toEqual({ kind: "invalid", digits: 9 });
  });
});

describe("parsePartyMember and parseGender", () => {
  it("reads marks, joining years and words", () => {
    expect(parsePartyMember("x")).toEqual({ kind: "yes" });
    expect(parsePartyMember(1998)).toEqual({ kind: "yes", year: 1998 });
    expect(parsePartyMember("ĐV")).toEqual({ kind: "yes" });
    expect(parsePartyMember("không")).toEqual({ kind: "no" });
  });
  it("reads Nam / Nữ in any case", () => {
    expect(parseGender("NỮ")).toBe("nu");
    expect(parseGender("nam")).toBe("nam");
    expect(parseGender("khác")).toBeUndefined();
  });
});

describe("isErrorValue", () => {
  it("knows Excel's error texts and nothing else", () => {
    expect(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?"].every(isErrorValue)).toBe(true);
    expect(isErrorValue("#1")).toBe(false);
    expect(isErrorValue("N/A")).toBe(false);
  });
});

describe("parseDate, as real rosters write years", () => {
  it("reads two-digit years day first, in the century at or before the report year", () => {
    expect(parseDate("05/01/79", 2019)).toEqual({ kind: "date", date: { year: 1979, month: 1, day: 5 } });
    expect(parseDate("05/01/15", 2019)).toEqual({ kind: "date", date: { year: 2015, month: 1, day: 5 } });
  });
  it("reads a real year before 1900 as a year, for the age check to judge", () => {
    expect(parseDate(1890)).toEqual({ kind: "date", date: { year: 1890 } });
    expect(parseDate("1890")).toEqual({ kind: "date", date: { year: 1890 } });
    expect(parseDate("12/05/1975 00:00:00")).toEqual({
      kind: "date",
      date: { year: 1975, month: 5, day: 12 },
    });
  });
});
