import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel, FakeSheet } from "../helpers/fakeExcel";

/** A workbook whose "Năm sinh" group header is merged over C1:D1. */
function workbook(): FakeExcel {
  const fake = new FakeExcel();
  const s = new FakeSheet("DS");
  ["STT", "Họ và tên", "Năm sinh", ""].forEach((v, c) => (s.cell(0, c).v = v));
  s.merges.push("'DS'!C1:D1");
  fake.sheets.push(s);
  return fake;
}

/** Office's requirement sets, mocked with office-addin-mock: the adapter detects richer APIs at run time. */
function officeSupporting(max: string) {
  const newer = (a: string, b: string) => Number(a.split(".")[1]) > Number(b.split(".")[1]);
  return new OfficeMockObject({
    context: { requirements: { isSetSupported: (_set: string, version: string) => !newer(version, max) } },
  });
}

describe("OfficeWorkbook and the requirement sets of the Excel it runs in", () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  it("reads merged areas where ExcelApi 1.13 is there", async () => {
    (globalThis as { Office?: unknown }).Office = officeSupporting("1.13");
    const grid = await new OfficeWorkbook(workbook().run).readSheet("DS");
    expect(grid.merges).toEqual([{ top: 0, left: 2, bottom: 0, right: 3 }]);
  });

  it("inserts the sheets of a file where ExcelApi 1.13 is there, and offers nothing older Excel cannot do", async () => {
    (globalThis as { Office?: unknown }).Office = officeSupporting("1.13");
    const fake = workbook();
    const port = new OfficeWorkbook(fake.run);
    await port.insertSheetsFrom!(new Uint8Array([80, 75, 3, 4]));
    expect(fake.inserted).toEqual(["UEsDBA=="]); // "PK\x03\x04", the start of every .xlsx, in base64
    (globalThis as { Office?: unknown }).Office = officeSupporting("1.12");
    expect(new OfficeWorkbook(fake.run).insertSheetsFrom).toBeUndefined();
  });

  it("reads the values without merges on an older Excel (ExcelApi 1.12)", async () => {
    (globalThis as { Office?: unknown }).Office = officeSupporting("1.12");
    const grid = await new OfficeWorkbook(workbook().run).readSheet("DS");
    expect(grid.merges).toEqual([]);
    expect(grid.values[0]).toEqual(["STT", "Họ và tên", "Năm sinh"]);
  });
});
