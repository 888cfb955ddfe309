// Reads a PDF with pdf.js (an ES module, so it runs in its own Node process) and prints, per page, its size and
// each piece of text with its printed font size: the height of its text rendering matrix.
import { readFileSync } from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
const pages = [];
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const { width, height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const texts = content.items
    .filter((i) => "str" in i && i.str.trim() !== "")
    .map((i) => ({
      str: i.str,
      size: Math.hypot(i.transform[2], i.transform[3]),
      x: i.transform[4],
      y: i.transform[5],
    }));
  pages.push({ width, height, texts });
}
process.stdout.write(JSON.stringify(pages));
