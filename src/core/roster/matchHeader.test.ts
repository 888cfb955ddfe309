import { matchHeader } from "./matchHeader";

describe("matchHeader", () => {
  it("matches the usual header texts exactly, whatever the case, marks or spacing", () => {
    expect(matchHeader("Họ và tên")).toEqual({ field: "fullName", score: 100 });
    expect(matchHeader("HỌ  VÀ  TÊN")?.field).toBe("fullName");
    expect(matchHeader("Số CCCD/CMND")?.field).toBe("idNumber");
    expect(matchHeader("Biên chế/HĐLĐ")?.field).toBe("payroll");
    expect(matchHeader("Năm sinh Nữ")?.field).toBe("birthYearFemale");
    expect(matchHeader("Học TC chính trị")?.field).toBe("politicalClass");
    expect(matchHeader("Đã tập huấn Bình đẳng giới")?.field).toBe("genderTraining");
  });
  it("finds a known name inside a longer header, preferring the longest", () => {
    expect(matchHeader("Trình độ chuyên môn (ghi rõ chuyên ngành)")).toEqual({
      field: "education",
      score: 4,
    });
    expect(matchHeader("Đơn vị cấp trên trực tiếp")?.field).toBe("upperUnit");
  });
  it("knows nothing of headers outside the roster", () => {
    expect(matchHeader("Số điện thoại")).toBeUndefined();
    expect(matchHeader("")).toBeUndefined();
  });
});
