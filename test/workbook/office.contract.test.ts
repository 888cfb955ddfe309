import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel, FakeSheet } from "../helpers/fakeExcel";
import { describePortContract } from "../helpers/portContract";

describePortContract("OfficeWorkbook (through the fake of Excel)", async (seed) => {
  const fake = new FakeExcel();
  for (const sheet of seed) {
    const s = new FakeSheet(sheet.name);
    sheet.values.forEach((row, r) => row.forEach((v, c) => (s.cell(r, c).v = v)));
    fake.sheets.push(s);
  }
  return new OfficeWorkbook(fake.run);
});
