import type { ZipEntry } from "../zipDirectory";
import { PartIndex, partKey } from "./partNames";

const entry = (name: string): ZipEntry => ({
  name,
  method: 8,
  flags: 0,
  compressedSize: 1,
  uncompressedSize: 1,
  localHeaderOffset: 0,
});

describe("finding zip parts by name as Excel does", () => {
  it("ignores a leading slash, ASCII case and percent-escapes", () => {
    const parts = PartIndex.of([entry("/XL/Worksheets/Sheet%201.xml"), entry("xl/workbook.xml")]);
    expect(parts.get("xl/worksheets/sheet 1.xml")?.name).toBe("/XL/Worksheets/Sheet%201.xml");
    expect(parts.has("XL/WORKBOOK.XML")).toBe(true);
    expect(partKey("xl/%zz.xml")).toBe("xl/%zz.xml"); // a stray % stays as it is
  });

  it("refuses two entries naming one part: by case, by escape or twice", () => {
    for (const twin of ["XL/WORKSHEETS/SHEET1.XML", "xl/worksheets/sheet1.xml", "xl/worksheets/%73heet1.xml"])
      expect(() => PartIndex.of([entry("xl/worksheets/sheet1.xml"), entry(twin)])).toThrow(
        expect.objectContaining({ problem: "ambiguous-parts" }),
      );
  });

  it("ignores folder records", () => {
    expect(() => PartIndex.of([entry("xl/"), entry("XL/")])).not.toThrow();
  });
});
