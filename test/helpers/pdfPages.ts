import { execFileSync } from "node:child_process";
import path from "node:path";

export interface PdfText {
  str: string;
  /** Printed font size in points (from the text's matrix: scale and fonts included). */
  size: number;
  x: number;
  /** From the bottom of the page, in points. */
  y: number;
}

export interface PdfPage {
  /** Points. */
  width: number;
  height: number;
  texts: PdfText[];
}

/** Every page of a PDF with its text and the printed size of each piece, read by pdf.js (pdfjs-dist). */
export function pdfPages(file: string): PdfPage[] {
  const script = path.join(__dirname, "readPdf.mjs");
  const out = execFileSync(process.execPath, [script, file], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as PdfPage[];
}
