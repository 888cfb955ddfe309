import { sniffText } from "./textSniff";

describe("sniffText", () => {
  it("recognizes text in the encodings rosters come in", () => {
    expect(sniffText(Buffer.from("STT,Họ và tên\n"))).toBe("text");
    expect(sniffText(Buffer.from("\uFEFFSTT;Tên\n"))).toBe("text");
    expect(sniffText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("STT\tTên", "utf16le")]))).toBe(
      "text",
    );
    expect(sniffText(Buffer.from("STT\tHọ và tên\r\n", "utf16le"))).toBe("text");
    expect(sniffText(Buffer.from("STT\tHọ và tên\r\n", "utf16le").swap16())).toBe("text");
    // TCVN3 puts some capitals with diacritics in the control range: a few are tolerated.
    const tcvn3 = Buffer.from(
      "STT,Ho va ten,Chuc vu\r\n1,Nguyen Van A,Chu tich\r\n2,Tran B,Pho chu tich\r\n3,Le C,Uy vien\r\n",
    );
    tcvn3[20] = 0x02;
    expect(sniffText(tcvn3)).toBe("text");
  });

  it("tells markup from CSV", () => {
    expect(sniffText(Buffer.from("\r\n  <table><tr><td>1</td></tr></table>"))).toBe("markup");
    expect(sniffText(Buffer.from('\uFEFF<?xml version="1.0"?>'))).toBe("markup");
  });

  it("refuses binary data", () => {
    expect(
      sniffText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    ).toBeUndefined();
    expect(sniffText(Buffer.from("abc\u0001\u0002\u0003\u0004def"))).toBeUndefined();
    expect(
      sniffText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x41, 0x00, 0x00, 0x00])])),
    ).toBeUndefined();
  });
});
