import { WorkbookError } from "../port";
import { decodeUtf8, decodeXml } from "./xmlText";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("decodeUtf8", () => {
  it("reads short ASCII runs, each length up to the shortcut's bound and past it, as the decoder does", () => {
    const digits = "0830750001234567890";
    for (let n = 0; n <= digits.length; n++) {
      const text = digits.slice(0, n);
      expect(decodeUtf8(bytes(`<v>${text}</v>`), 3, 3 + n)).toBe(text);
    }
  });

  it("reads the same length twice in a row without the first run showing through (the codes are reused)", () => {
    const buf = bytes("083075000123|0912345678|09123");
    expect(decodeUtf8(buf, 0, 12)).toBe("083075000123");
    expect(decodeUtf8(buf, 13, 23)).toBe("0912345678");
    expect(decodeUtf8(buf, 24, 29)).toBe("09123");
    expect(decodeUtf8(buf, 0, 12)).toBe("083075000123");
  });

  it("reads a short run with a Vietnamese letter, anywhere in it, in full", () => {
    for (const text of ["Hà", "Lê Văn", "Xã", "Đ", "Tổ 1", "abcdefghijklmnọ"]) {
      const buf = bytes(`>${text}<`);
      expect(decodeUtf8(buf, 1, buf.length - 1)).toBe(text);
    }
  });

  it("keeps a U+FEFF that starts a run: it is a character of the text, as an XML parser reads it", () => {
    const buf = bytes("<t>\uFEFFLê Văn An</t>");
    expect(decodeUtf8(buf, 3, buf.length - 4)).toBe("\uFEFFLê Văn An");
  });
});

describe("decodeXml", () => {
  it("refuses an entity whose name starts with U+FEFF (a decoder that drops it would read &#49; there)", () => {
    const buf = bytes("A&\uFEFF#49;");
    expect(() => decodeXml(buf, 0, buf.length, true, "xl/worksheets/sheet1.xml")).toThrow(WorkbookError);
    expect(decodeXml(bytes("A&#49;"), 0, 6, true, "xl/worksheets/sheet1.xml")).toBe("A1");
  });
});
