// Benchmark child: a peer reader, SheetJS (the `xlsx` package, 0.18.5 from the npm registry, a dev-only
// dependency), reading the same file into its dense sheet model and visiting every row of every sheet. Prints the
// number of cells read.
const XLSX = require("xlsx");
const { readFileSync } = require("node:fs");

const book = XLSX.read(readFileSync(process.argv[2]), { type: "buffer", dense: true, cellStyles: false });
let cells = 0;
for (const name of book.SheetNames) {
  // A dense sheet is an array of rows in 0.18 ("!data" from 0.19 on).
  const sheet = book.Sheets[name];
  const rows = Array.isArray(sheet) ? sheet : (sheet["!data"] ?? []);
  for (const row of rows) if (row) for (const cell of row) if (cell) cells++;
}
process.stdout.write(`${cells}\n`);
