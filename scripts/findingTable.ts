import { FINDING_CODES, FINDING_KINDS } from "../src/core/findings/kinds";

/** Where the README's table of finding codes sits; `npm run catalog` rewrites what lies between. */
export const TABLE_START =
  "<!-- finding-codes: generated from src/core/findings/kinds.ts by npm run catalog -->";
export const TABLE_END = "<!-- /finding-codes -->";

/**
 * The README's table of finding codes, from the catalogue in kinds.ts: one row per code, in the catalogue's order.
 * Hand-written only here, so the table and the code can never disagree.
 */
export function findingTable(): string {
  const rows = FINDING_CODES.map((code) => {
    const kind = FINDING_KINDS[code];
    const severity = kind.lowered ? `${kind.severity}, or ${kind.lowered}` : kind.severity;
    return `| \`${code}\` | ${severity} | ${kind.description.replace(/\|/g, "\\|")} |`;
  });
  return ["| code | severity | meaning |", "| --- | --- | --- |", ...rows].join("\n");
}

/** The README with its table of codes replaced by the generated one. */
export function withFindingTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} block`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${findingTable()}\n${readme.slice(end)}`;
}
