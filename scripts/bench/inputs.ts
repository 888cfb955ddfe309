/** The benchmark's input files, written once into bench-output/ and kept between runs. */
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { syntheticGrid, writeGridXlsx } from "./syntheticRoster";

/** The batch of issue 15: 1,000 small files of 50 cadres. */
export const BATCH_FILES = 1_000;
export const BATCH_CADRES = 50;

/** The roster of `cadres` rows in `out`, written if missing. */
export async function rosterFile(out: string, cadres: number): Promise<string> {
  const file = path.join(out, `roster-${cadres}.xlsx`);
  if (!existsSync(file)) {
    process.stderr.write(`  writing ${file}…\n`);
    await writeGridXlsx(syntheticGrid(cadres), file);
  }
  return file;
}

/** The folder of `files` small files of BATCH_CADRES cadres in `out`, written if incomplete. */
export async function batchFolder(out: string, files = BATCH_FILES): Promise<string> {
  const dir = path.join(out, `batch-${files}x${BATCH_CADRES}`);
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length < files) {
    process.stderr.write(`  writing ${files} files of ${BATCH_CADRES} cadres…\n`);
    for (let i = 0; i < files; i++) {
      // Each file its own seed, so the batch holds different people.
      const grid = syntheticGrid(BATCH_CADRES, 2019, 7_919 * (i + 1));
      await writeGridXlsx(grid, path.join(dir, `don-vi-${String(i + 1).padStart(4, "0")}.xlsx`));
    }
  }
  return dir;
}
