import {
  fixesXml,
  highlightsXml,
  readFixesXml,
  readHighlightsXml,
  readSettingsXml,
  settingsXml,
} from "./customXml";

describe("the custom XML parts canbo keeps in a workbook", () => {
  it("keeps highlighted cells with their original fill, sheet names with any character included", () => {
    const fills = [
      { sheet: `BCH "CĐCS" & <Ban>`, cell: "B5", original: "#FFFF00", highlight: "#FFC7CE" },
      { sheet: "Tổ 'A'", cell: "C7", original: null, highlight: "#FFEB9C" },
    ];
    const xml = highlightsXml(fills);
    expect(xml).toBe(
      '<highlights xmlns="urn:canbo:highlights:1">' +
        '<c s="BCH &quot;CĐCS&quot; &amp; &lt;Ban&gt;" a="B5" h="#FFC7CE" f="#FFFF00"/>' +
        '<c s="Tổ &apos;A&apos;" a="C7" h="#FFEB9C"/></highlights>',
    );
    expect(readHighlightsXml(xml)).toEqual(fills);
  });

  it("keeps fixed cells with what they held: a number, a text over two lines, an empty cell, and their fonts", () => {
    const cells = [
      {
        sheet: "DS",
        cell: "G9",
        original: 83089001968,
        format: "General",
        font: "Times New Roman",
        after: "083089001968",
      },
      { sheet: "DS", cell: "B7", original: "Hä vµ\ntªn", format: "@", font: ".VnTime", after: "Họ và\ntên" },
      { sheet: "DS", cell: "C7", original: null, format: "General", after: "x" },
    ];
    const xml = fixesXml(cells);
    expect(xml).toContain('t="n" v="83089001968"');
    expect(xml).toContain("&#10;");
    expect(xml).not.toContain("\n");
    expect(readFixesXml(xml)).toEqual(cells);
  });

  it("keeps the issuer and the place, and nothing it was not given", () => {
    const xml = settingsXml({ issuer: "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE", place: "Bến Tre & Vĩnh Long" });
    expect(xml).toBe(
      '<settings xmlns="urn:canbo:settings:1"><issuer>LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE</issuer>' +
        "<place>Bến Tre &amp; Vĩnh Long</place></settings>",
    );
    expect(readSettingsXml(xml)).toEqual({
      issuer: "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE",
      place: "Bến Tre & Vĩnh Long",
    });
  });
});
