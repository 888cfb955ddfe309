// Stands in for office.js in the browser tests of Excel mode: Office says "Excel", Excel.run runs against the
// counting fake, seeded with what the test puts in window.__seed (cells, fills, custom XML parts: a workbook as
// an earlier session left it). window.__fake lets the test inspect it.
import { FakeExcel, FakeSheet } from "../helpers/fakeExcel";

export interface Seed {
  sheets: {
    name: string;
    values: (string | number | boolean | null)[][];
    fills?: [number, number, string][];
  }[];
  customXml?: { id: string; xml: string }[];
}

const w = window as unknown as { __seed: Seed; __fake: FakeExcel; Office: unknown; Excel: unknown };
const fake = new FakeExcel();
// Every request frees the pane's thread for a moment, as a real round trip to Excel does.
fake.latencyMs = 0;
for (const sheet of w.__seed.sheets) {
  const s = new FakeSheet(sheet.name);
  sheet.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && (s.cell(r, c).v = v)));
  for (const [r, c, fill] of sheet.fills ?? []) s.cell(r, c).fill = fill;
  fake.sheets.push(s);
}
fake.customXml = w.__seed.customXml ?? [];
w.__fake = fake;
w.Excel = { run: fake.run };
w.Office = {
  HostType: { Excel: "Excel" },
  onReady: async () => ({ host: "Excel" }),
  context: { displayLanguage: "vi-VN", requirements: { isSetSupported: () => true } },
};
