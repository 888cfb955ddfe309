import { readCode } from "./readCode";

describe("readCode", () => {
  it("reads the labels this folder writes, in any case and without diacritics", () => {
    expect(readCode("education", "Đại học")).toBe("dai-hoc");
    expect(readCode("education", "DAI HOC")).toBe("dai-hoc");
    expect(readCode("level", "Cấp trên trực tiếp cơ sở")).toBe("tren-co-so");
    expect(readCode("position", "Phó Chủ tịch")).toBe("pho-chu-tich");
    expect(readCode("stateManagement", "Chuyên viên chính")).toBe("chuyen-vien-chinh");
  });
  it("reads NFD text and old tone placement (Uỷ viên)", () => {
    expect(readCode("position", "Ủy viên Ban Chấp hành".normalize("NFD"))).toBe("uv-bch");
    expect(readCode("position", "Uỷ viên Ban Chấp hành")).toBe("uv-bch");
  });
  it("reads the codes themselves", () => {
    expect(readCode("education", "dai-hoc")).toBe("dai-hoc");
    expect(readCode("level", "co-so")).toBe("co-so");
    expect(readCode("politicalTheory", "trung-cap")).toBe("trung-cap");
    expect(readCode("employment", "khong-chuyen-trach")).toBe("khong-chuyen-trach");
  });
  it("reads common abbreviations, by column (CĐ is cao đẳng in an education cell)", () => {
    expect(readCode("education", "ĐH")).toBe("dai-hoc");
    expect(readCode("education", "CĐ")).toBe("cao-dang");
    expect(readCode("position", "PCT")).toBe("pho-chu-tich");
    expect(readCode("position", "UV BCH")).toBe("uv-bch");
    expect(readCode("stateManagement", "CVC")).toBe("chuyen-vien-chinh");
    expect(readCode("level", "CĐCS")).toBe("co-so");
  });
  it("ignores the words around a minimum", () => {
    expect(readCode("education", "Từ đại học trở lên")).toBe("dai-hoc");
    expect(readCode("politicalTheory", "Trung cấp LLCT")).toBe("trung-cap");
    expect(readCode("politicalTheory", "Trung cấp lý luận chính trị")).toBe("trung-cap");
    expect(readCode("politicalTheory", "Cử nhân chính trị")).toBe("cao-cap");
    expect(readCode("stateManagement", "Ngạch chuyên viên")).toBe("chuyen-vien");
  });
  it("gives undefined for anything else", () => {
    expect(readCode("education", "Đai hocc")).toBeUndefined();
    expect(readCode("level", "Cấp xã")).toBeUndefined();
    expect(readCode("education", "")).toBeUndefined();
  });
});
