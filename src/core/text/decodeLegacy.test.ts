import { decodeLegacyText, decodeTcvn3, decodeVni, detectLegacy } from "./decodeLegacy";

describe("decodeTcvn3", () => {
  it("decodes the national motto and names", () => {
    expect(decodeTcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam")).toBe("Cộng hoà xã hội chủ nghĩa Việt Nam");
    expect(decodeTcvn3("NguyÔn ThÞ Hoa")).toBe("Nguyễn Thị Hoa");
    expect(decodeTcvn3("TrÇn V¨n B×nh")).toBe("Trần Văn Bình");
    expect(decodeTcvn3("§¶ng viªn")).toBe("Đảng viên");
    expect(decodeTcvn3("Liªn ®oµn Lao ®éng huyÖn Ba Tri")).toBe("Liên đoàn Lao động huyện Ba Tri");
    expect(decodeTcvn3("Hå ChÝ Minh")).toBe("Hồ Chí Minh");
  });
  it("draws capitals for .VnTimeH text", () => {
    expect(decodeTcvn3("danh s¸ch c¸n bé c«ng ®oµn", { capitals: true })).toBe("DANH SÁCH CÁN BỘ CÔNG ĐOÀN");
  });
});

describe("decodeVni", () => {
  it("composes a letter with its modifier byte", () => {
    expect(decodeVni("Vieät Nam")).toBe("Việt Nam");
    expect(decodeVni("Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam")).toBe("Cộng hoà xã hội chủ nghĩa Việt Nam");
    expect(decodeVni("Nguyeãn Thò Hoa")).toBe("Nguyễn Thị Hoa");
    expect(decodeVni("Traàn Vaên Bình")).toBe("Trần Văn Bình");
    expect(decodeVni("Ñaûng vieân")).toBe("Đảng viên");
    expect(decodeVni("Tröông Thò Lyù")).toBe("Trương Thị Lý");
    expect(decodeVni("VIEÄT NAM")).toBe("VIỆT NAM");
  });
});

describe("detectLegacy", () => {
  it("trusts the font name", () => {
    expect(detectLegacy("Hå ChÝ Minh", ".VnTime")).toBe("TCVN3");
    expect(detectLegacy("Vieät Nam", "VNI-Times")).toBe("VNI");
  });
  it("recognises each encoding from the text alone", () => {
    expect(detectLegacy("NguyÔn ThÞ Hoa")).toBe("TCVN3");
    expect(detectLegacy("Céng hoµ x· héi chñ nghÜa ViÖt Nam")).toBe("TCVN3");
    expect(detectLegacy("Traàn Vaên Bình")).toBe("VNI");
    expect(detectLegacy("Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam")).toBe("VNI");
  });
  it("never flags Unicode Vietnamese, ASCII, Western names or numbers", () => {
    for (const t of [
      "Bùi Công Toàn",
      "Võ Hoàng Minh",
      "Lê Xuân",
      "Khoá",
      "Hoè",
      "Trần Thị Thúy",
      "Nguyễn Thị Hà",
      "Trà Vinh",
      "Bình Đại",
      "Đảng viên",
      "Mỏ Cày Nam",
      "Giồng Trôm",
      "Chợ Lách",
      "café",
      "Müller",
      "12/05/1980",
      "Le Van A",
    ])
      expect(detectLegacy(t)).toBeUndefined();
    expect(detectLegacy("Nguyễn Thị Hà", ".VnTime")).toBeUndefined();
  });
});

describe("decodeLegacyText", () => {
  it("detects and decodes in one call, with capitals from an H font", () => {
    expect(decodeLegacyText("NguyÔn ThÞ Hoa", ".VnTime")).toEqual({
      encoding: "TCVN3",
      decoded: "Nguyễn Thị Hoa",
    });
    expect(decodeLegacyText("ban tæ chøc", ".VnTimeH")).toEqual({
      encoding: "TCVN3",
      decoded: "BAN TỔ CHỨC",
    });
    expect(decodeLegacyText("Nguyễn Thị Hoa")).toBeUndefined();
  });
});
