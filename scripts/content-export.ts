// `npm run -s content:export`: the whole question bank (content/) as JSON on stdout, each citation with its passage.
// `npm run -s content:export -- --set <id> --format <format>`: one set in DATABASE_URL (the library's or a
// teacher's) as an export format's file, its bytes on stdout, and a line on stderr for each kind of question the
// format left out. Reads the database as it is (no migration, no content sync: an export writes nothing).
import { parseArgs } from "node:util";
import { exportBank } from "../lib/content/export";
import { loadContent } from "../lib/content/load";
import { formatProblem } from "../lib/content/types";
import { EXPORT_FORMAT_INFO } from "../lib/interchange/export-formats";
import { EXPORT_FORMATS, type ExportFormat } from "../lib/interchange/types";
import { runMain } from "../lib/startup/run-main";

const USAGE = `usage: npm run -s content:export [-- --set <set id> --format <${EXPORT_FORMATS.join(" | ")}>]`;

function printBank() {
  const content = loadContent();
  if (content.problems.length > 0) {
    for (const problem of content.problems) console.error(formatProblem(problem));
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(exportBank(content), null, 2)}\n`);
}

/** Resolves once `bytes` are handed to stdout, a pipe or a file alike. */
const writeOut = (bytes: Uint8Array) =>
  new Promise<void>((resolve, reject) => process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));

async function exportSet(setId: string, format: ExportFormat) {
  // Loaded only here: the set is read through server code, which the whole-bank export never needs.
  const { exportedSet } = await import("../lib/interchange/exported-set");
  const { AppError } = await import("../lib/errors/app-error");
  const { db } = await import("../lib/db/client");
  try {
    const set = await exportedSet(setId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not-found")
        throw new Error(`no set with id "${setId}" in the database`);
      if ((error as { code?: string }).code === "P2021")
        throw new Error("the database has no tables yet: run `npm run db:migrate` (or `npm start`) first");
      throw error;
    });
    const file = await (await EXPORT_FORMAT_INFO[format].load())(set);
    await writeOut(file.bytes);
    for (const { count, reason } of file.leftOut)
      console.error(`left out ${count} ${count === 1 ? "question" : "questions"}: ${reason}`);
  } finally {
    await db.$disconnect();
  }
}

runMain(async () => {
  const { values } = parseArgs({ options: { set: { type: "string" }, format: { type: "string" } } });
  if (values.set === undefined && values.format === undefined) return printBank();
  if (!values.set || !values.format) throw new Error(`name both a set and a format\n${USAGE}`);
  const format = values.format;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new Error(`unknown format "${format}": one of ${EXPORT_FORMATS.join(", ")}`);
  await exportSet(values.set, format as ExportFormat);
});
