// The child process of bench/import.ts: imports the file named on its command line into DATABASE_URL's library
// `runs` times (its second argument) and prints the milliseconds each importFile took, one per line.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { runMain } from "../lib/startup/run-main";

runMain(async () => {
  const [file, runs = "1"] = process.argv.slice(2);
  const { db } = await import("../lib/db/client");
  const { importFile } = await import("../lib/interchange/import-file");
  try {
    await db.questionSet.count(); // the connection opened before the clock starts
    const bytes = new Uint8Array(fs.readFileSync(file));
    for (let run = 0; run < Number(runs); run++) {
      const start = performance.now();
      await importFile(null, bytes, path.basename(file));
      process.stdout.write(`${Math.round((performance.now() - start) * 10) / 10}\n`);
    }
  } finally {
    await db.$disconnect();
  }
});
