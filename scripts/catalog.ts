import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withFindingTable } from "./findingTable";

/** Writes the catalogue of finding codes (src/core/findings/kinds.ts) into README.md. */
const readme = path.join(__dirname, "..", "README.md");
writeFileSync(readme, withFindingTable(readFileSync(readme, "utf8")));
