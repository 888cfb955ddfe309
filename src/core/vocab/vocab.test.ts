import { inferLevelFromUnit } from "./inferLevelFromUnit";
import { recognizePositions } from "./positions";
import {
  EDUCATION_VOCAB,
  EMPLOYMENT_VOCAB,
  LEVEL_VOCAB,
  PAYROLL_VOCAB,
  POLITICAL_THEORY_VOCAB,
  STATE_MANAGEMENT_VOCAB,
} from "./vocabularies";
import { defineVocabulary, labelOf, recognize } from "./vocabulary";

const code = (r: ReturnType<typeof recognize>) =>
  r.kind === "known" ? r.code : r.kind === "unknown" ? `?${r.suggestion ?? ""}` : "";

describe("education", () => {
  it("reads labels, abbreviations and degrees with their field", () => {
    expect(code(recognize(EDUCATION_VOCAB, "Đại học"))).toBe("dai-hoc");
    expect(code(recognize(EDUCATION_VOCAB, "ĐH"))).toBe("dai-hoc");
    expect(code(recognize(EDUCATION_VOCAB, "Cử nhân Luật"))).toBe("dai-hoc");
    expect(code(recognize(EDUCATION_VOCAB, "Kỹ sư"))).toBe("dai-hoc");
    expect(code(recognize(EDUCATION_VOCAB, "ThS. Quản trị kinh doanh"))).toBe("thac-si");
    expect(code(recognize(EDUCATION_VOCAB, "CĐ"))).toBe("cao-dang");
    expect(code(recognize(EDUCATION_VOCAB, "TC Kế toán"))).toBe("trung-cap");
    expect(code(recognize(EDUCATION_VOCAB, "12/12"))).toBe("chua-qua-dao-tao");
    expect(code(recognize(EDUCATION_VOCAB, "  đại   HỌC ".normalize("NFD")))).toBe("dai-hoc");
  });
  it("suggests the value a typo meant, and nothing for unrelated words", () => {
    expect(code(recognize(EDUCATION_VOCAB, "Dai hocc"))).toBe("?dai-hoc");
    expect(code(recognize(EDUCATION_VOCAB, "Trung capp"))).toBe("?trung-cap");
    expect(code(recognize(EDUCATION_VOCAB, "Nông dân"))).toBe("?");
    expect(recognize(EDUCATION_VOCAB, " ")).toEqual({ kind: "empty" });
  });
});

describe("a known value followed by detail, next to a typo of another value", () => {
  const scale = defineVocabulary("scale", [
    { code: "low", vi: "Sơ cấp lý luận", en: "Low", aliases: [] },
    { code: "high", vi: "Cao cấp", en: "High", aliases: [] },
    { code: "member", vi: "Ủy viên", en: "Member", aliases: [] },
    { code: "inspector", vi: "Ủy viên UBKT", en: "Inspector", aliases: [] },
  ]);
  it("reads text that starts with one value exactly as that value, though it is two letters off another", () => {
    expect(code(recognize(scale, "Cao cấp lý luận"))).toBe("high");
    expect(code(recognize(POLITICAL_THEORY_VOCAB, "Cao cấp lý luận chính trị"))).toBe("cao-cap");
    // A word of detail is no slip, though the whole text is within a few letters of "Chuyên viên cao cấp".
    expect(code(recognize(STATE_MANAGEMENT_VOCAB, "Chuyên viên (tại chức)"))).toBe("chuyen-vien");
    expect(code(recognize(STATE_MANAGEMENT_VOCAB, "Ngạch chuyên viên 2015"))).toBe("chuyen-vien");
  });
  it("reads a slip in the detail after a known start as a typo of the longer value, never as the shorter", () => {
    expect(code(recognize(scale, "Ủy viên UBKTT"))).toBe("?inspector");
  });
});

describe("vocational certificates", () => {
  it("reads a công nhân kỹ thuật certificate as sơ cấp", () => {
    expect(code(recognize(EDUCATION_VOCAB, "Công nhân kỹ thuật"))).toBe("so-cap");
    expect(code(recognize(EDUCATION_VOCAB, "CNKT hàn"))).toBe("so-cap");
  });
});

describe("other scales", () => {
  it("reads LLCT, QLNN, employment, payroll and level", () => {
    expect(code(recognize(POLITICAL_THEORY_VOCAB, "Cao cấp LLCT-HC"))).toBe("cao-cap");
    expect(code(recognize(POLITICAL_THEORY_VOCAB, "Cử nhân"))).toBe("cao-cap");
    expect(code(recognize(POLITICAL_THEORY_VOCAB, "TC"))).toBe("trung-cap");
    expect(code(recognize(STATE_MANAGEMENT_VOCAB, "CVC"))).toBe("chuyen-vien-chinh");
    expect(code(recognize(EMPLOYMENT_VOCAB, "Kiêm nhiệm"))).toBe("khong-chuyen-trach");
    expect(code(recognize(EMPLOYMENT_VOCAB, "KCT"))).toBe("khong-chuyen-trach");
    expect(code(recognize(PAYROLL_VOCAB, "HĐ 68"))).toBe("hdld");
    expect(code(recognize(PAYROLL_VOCAB, "BC"))).toBe("bien-che");
    expect(code(recognize(LEVEL_VOCAB, "Cấp trên trực tiếp cơ sở"))).toBe("tren-co-so");
    expect(code(recognize(LEVEL_VOCAB, "CĐCS"))).toBe("co-so");
  });
  it("labels codes in both languages", () => {
    expect(labelOf(EDUCATION_VOCAB, "dai-hoc", "vi")).toBe("Đại học");
    expect(labelOf(EDUCATION_VOCAB, "dai-hoc", "en")).toBe("University");
  });
});

describe("recognizePositions", () => {
  it("reads compound cells, most senior first, ignoring detail", () => {
    expect(recognizePositions("PCT kiêm UVBTV").positions).toEqual(["pho-chu-tich", "uv-btv"]);
    expect(recognizePositions("UV BTV, Chủ tịch").positions).toEqual(["chu-tich", "uv-btv"]);
    expect(recognizePositions("Chủ tịch CĐCS").positions).toEqual(["chu-tich"]);
    expect(recognizePositions("P.CT chuyên trách").positions).toEqual(["pho-chu-tich"]);
    expect(recognizePositions("Ủy viên BCH").positions).toEqual(["uv-bch"]);
    expect(recognizePositions("UV.UBKT").positions).toEqual(["uv-ubkt"]);
    expect(recognizePositions("Trưởng ban Tổ chức").positions).toEqual(["truong-ban"]);
    expect(recognizePositions("Phó trưởng ban Tuyên giáo").positions).toEqual(["pho-truong-ban"]);
    expect(recognizePositions("Chủ nhiệm UBKT").positions).toEqual(["chu-nhiem-ubkt"]);
  });
  it("suggests for a typo and not for a word that is no union position", () => {
    expect(recognizePositions("Phó Chủ tjch")).toMatchObject({ positions: [], suggestion: "Phó Chủ tịch" });
    expect(recognizePositions("Bảo vệ").suggestion).toBeUndefined();
  });
});

describe("inferLevelFromUnit", () => {
  it("tells the level from the unit's name", () => {
    expect(inferLevelFromUnit("LĐLĐ huyện Ba Tri")).toBe("tren-co-so");
    expect(inferLevelFromUnit("Liên đoàn Lao động thành phố Bến Tre")).toBe("tren-co-so");
    expect(inferLevelFromUnit("LĐLĐ tỉnh Bến Tre")).toBe("tinh");
    expect(inferLevelFromUnit("Công đoàn ngành Giáo dục")).toBe("tren-co-so");
    expect(inferLevelFromUnit("Công đoàn các Khu công nghiệp")).toBe("tren-co-so");
    expect(inferLevelFromUnit("CĐCS Trường THCS An Thới")).toBe("co-so");
    expect(inferLevelFromUnit("Công đoàn Công ty TNHH Giày An Hiệp")).toBe("co-so");
    expect(inferLevelFromUnit("Phòng Nội vụ")).toBeUndefined();
  });
});
