import { decodeUtf8 } from "./xmlText";

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
});
