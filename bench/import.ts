// Issue 19's import budget: a file brought in through importFile (detect, parse, check, write in one
// transaction) into the bench's database. The import runs in a child process started as `content:import`
// is (tsx with node's "react-server" condition), since the server's modules refuse to load in a plain script;
// the child times importFile alone, its database connection already open, a few times: the first import in a
// process also pays for loading the parser and preparing each query, which a running server has done already,
// so the median counts (as the other in-process budgets do).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Imports `bytes` as the file `fileName` into the library of the database at `url` (default DATABASE_URL; it
 * must be migrated) through importFile `runs` times (each a new unpublished library set), and returns the
 * median milliseconds importFile took (wall time). Throws with the child's message when the import is refused
 * or fails.
 */
export function timeImport(bytes: Uint8Array, fileName: string, url = process.env.DATABASE_URL, runs = 3): number {
  if (!url) throw new Error("timeImport needs the database's URL (or DATABASE_URL)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-bench-import-"));
  try {
    const file = path.join(dir, path.basename(fileName));
    fs.writeFileSync(file, bytes);
    const child = spawnSync(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "bench/import-worker.ts", file, String(runs)],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: url } },
    );
    if (child.status !== 0) throw new Error(`the import failed: ${child.stderr.trim()}`);
    const times = child.stdout
      .trim()
      .split("\n")
      .map(Number)
      .sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
