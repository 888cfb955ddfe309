import { foldKey } from "../text";
import { hasHeaderWord, matchFoldedHeader, matchHeader } from "./matchHeader";

describe("matchHeader", () => {
  it("matches the usual header texts exactly, whatever the case, marks or spacing", () => {
    expect(matchHeader("Họ và tên")).toEqual({ field: "fullName", score: 103 });
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
  it("prefers the most specific match: a job title is neither the union position nor education", () => {
    expect(matchHeader("Chức vụ chuyên môn")?.field).toBe("jobTitle");
    expect(matchHeader("Chức vụ Đảng, chính quyền")?.field).toBe("jobTitle");
    expect(matchHeader("Chức vụ công đoàn")?.field).toBe("position");
    expect(matchHeader("Trình độ văn hóa")?.field).toBe("generalEducation");
    expect(matchHeader("Trình độ CMNV")?.field).toBe("education");
    expect(matchHeader("TĐCM")?.field).toBe("education");
    expect(matchHeader("Loại CB")?.field).toBe("employment");
    expect(matchHeader("Năm tập huấn NV công đoàn")?.field).toBe("unionTraining");
    expect(matchHeader("Giới tính Nữ")?.field).toBe("genderFemaleMark");
    expect(matchHeader("Năm sinh Nữ")?.field).toBe("birthYearFemale");
    expect(matchHeader("Loại cán bộ Không chuyên trách")?.field).toBe("partTimeMark");
    expect(matchHeader("Họ và tên Họ đệm")?.field).toBe("familyName");
    expect(matchHeader("Tên")?.field).toBe("givenName");
    expect(matchHeader("Đang học trung cấp chính trị")?.field).toBe("politicalClass");
  });
  it("reads the short forms clerks write for full-time, payroll, degree and ID columns", () => {
    for (const h of [
      "Chuyên trách/ Không CT",
      "Hình thức (CT/KCT)",
      "CT/KN",
      "Cán bộ chuyên trách/kiêm nhiệm",
    ])
      expect(matchHeader(h)?.field).toBe("employment");
    for (const h of ["Biên chế/HĐ", "BC/HĐ", "Biên chế hay hợp đồng", "Hợp đồng/ Biên chế"])
      expect(matchHeader(h)?.field).toBe("payroll");
    expect(matchHeader("Chuyên trách (CT)")?.field).toBe("fullTimeMark");
    expect(matchHeader("Kiêm nhiệm (KN)")?.field).toBe("partTimeMark");
    expect(matchHeader("Học vị")?.field).toBe("education");
    expect(matchHeader("Bằng cấp cao nhất")?.field).toBe("education");
    expect(matchHeader("Tập huấn về giới")?.field).toBe("genderTraining");
    expect(matchHeader("Số chứng minh nhân dân")?.field).toBe("idNumber");
    // The date and place an ID was issued are not the ID, however long its name.
    expect(matchHeader("Ngày cấp chứng minh nhân dân")?.field).toBe("idIssueDate");
    expect(matchHeader("Nơi cấp chứng minh nhân dân")?.field).toBe("idIssuePlace");
    expect(matchHeader("Chuyên ngành đào tạo")).toBeUndefined();
  });
  it("knows nothing of headers outside the roster", () => {
    expect(matchHeader("Số điện thoại")).toBeUndefined();
    expect(matchHeader("")).toBeUndefined();
  });
  it("matches a group over its sub-header from the two folded keys, as the joined text", () => {
    expect(matchFoldedHeader("nam sinh nu")).toEqual({ field: "birthYearFemale", score: 103 });
    const pairs: [string, string][] = [
      ["Năm sinh", "Nữ"],
      ["Loại cán bộ", "Không chuyên trách"],
      ["Trình độ", "Chuyên môn"],
      ["Đã tập huấn", "Bình đẳng giới"],
      ["Họ và tên", "Tên"],
      ["Giới tính", "Nam"],
    ];
    for (const [group, sub] of pairs)
      expect(matchFoldedHeader(`${foldKey(group)} ${foldKey(sub)}`)).toEqual(matchHeader(`${group} ${sub}`));
  });
  it("tells the texts that hold no word of any header, which name no field alone or joined", () => {
    // What the header search meets in the rows under the header: names, dates, ID numbers, places, marks.
    const data = [
      "Trần Bích Ngọc",
      "Phạm Quốc Hùng",
      "12/05/1985",
      "079185001234",
      "Phường 3, TP Bến Tre",
      "x",
      "Kinh",
    ];
    for (const text of data) {
      expect(hasHeaderWord(foldKey(text))).toBe(false);
      expect(matchHeader(text)).toBeUndefined();
    }
    expect(matchHeader(data.join(" "))).toBeUndefined();
    // Data cells may hold header words ("Văn" and "Hoa" are in "Trình độ văn hóa"): those are matched as usual.
    for (const text of [
      "Họ và tên",
      "Năm sinh",
      "Nữ",
      "Ghi chú",
      "Cơ sở",
      "Chuyên trách",
      "Lê Văn Tám",
      "Nguyễn Thị Hoa",
    ])
      expect(hasHeaderWord(foldKey(text))).toBe(true);
    expect(hasHeaderWord("")).toBe(false);
  });
});
