import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { withFindingTable } from "./findingTable";

/**
 * Writes the catalogue of finding codes (src/core/findings/kinds.ts) into README.md, formatted as the repository
 * formats it, so a new code changes one row of the README and not the whole table's padding.
 */
async function main(): Promise<void> {
  const readme = path.join(__dirname, "..", "README.md");
  const text = withFindingTable(readFileSync(readme, "utf8"));
  const options = (await resolveConfig(readme)) ?? {};
  writeFileSync(readme, await format(text, { ...options, filepath: readme }));
}

void main();
