// Stands in for office.js in the browser test of Excel mode: Office says "Excel", Excel.run runs against the
// counting fake, seeded with the cells the test puts in window.__seed. window.__fake lets the test inspect it.
import { FakeExcel, FakeSheet } from "../workbook/fakeExcel";

type Seed = { name: string; values: (string | number | boolean | null)[][] }[];
const w = window as unknown as { __seed: Seed; __fake: FakeExcel; Office: unknown; Excel: unknown };
const fake = new FakeExcel();
for (const sheet of w.__seed) {
  const s = new FakeSheet(sheet.name);
  sheet.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && (s.cell(r, c).v = v)));
  fake.sheets.push(s);
}
w.__fake = fake;
w.Excel = { run: fake.run };
w.Office = {
  HostType: { Excel: "Excel" },
  onReady: async () => ({ host: "Excel" }),
  context: { displayLanguage: "vi-VN", requirements: { isSetSupported: () => true } },
};
