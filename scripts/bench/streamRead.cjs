// Benchmark child: the bare streaming read of an .xlsx by the xlsx library itself (ExcelJS's WorkbookReader, shared
// strings cached, styles and hyperlinks skipped): every row of every sheet visited, nothing kept. The yardstick
// the command line is measured against. Prints the number of cells read.
const ExcelJS = require("exceljs");

async function main() {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], {
    sharedStrings: "cache",
    styles: "ignore",
    hyperlinks: "ignore",
    worksheets: "emit",
  });
  let cells = 0;
  for await (const sheet of reader) for await (const row of sheet) cells += row.cellCount;
  process.stdout.write(`${cells}\n`);
}

void main();
