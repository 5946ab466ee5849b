// `npm run content:import -- <file> [--owner <email>] [--as short-answer] [--title <title>]`: brings a set in
// from a file (a Footnote .zip, a CSV or tab-separated term list, GIFT, an Anki package) into DATABASE_URL,
// as the teacher's private draft with --owner, else into the library as an unpublished draft. Prints what it
// imported; on refusal prints why (naming the record or line) and exits 1, having written nothing.
// Runs with node's "react-server" condition (package.json) so the server's modules load outside Next.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runMain } from "../lib/startup/run-main";

const USAGE = "usage: npm run content:import -- <file> [--owner <email>] [--as short-answer] [--title <title>]";

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { owner: { type: "string" }, as: { type: "string" }, title: { type: "string" } },
  });
  if (positionals.length !== 1) throw new Error(USAGE);
  const as = values.as;
  if (as !== undefined && as !== "short-answer" && as !== "flashcard")
    throw new Error(`--as takes "short-answer" or "flashcard", not "${as}"`);
  return {
    file: positionals[0],
    owner: values.owner?.trim(),
    as: as as "short-answer" | "flashcard" | undefined,
    title: values.title,
  };
}

runMain(async () => {
  let args: ReturnType<typeof options>;
  try {
    args = options();
  } catch (error) {
    throw new Error(error instanceof Error && error.message.startsWith("--as") ? error.message : USAGE);
  }
  if (!fs.existsSync(args.file) || !fs.statSync(args.file).isFile()) throw new Error(`no such file: ${args.file}`);
  const bytes = new Uint8Array(fs.readFileSync(args.file));
  const { db } = await import("../lib/db/client");
  const { importFile } = await import("../lib/interchange/import-file");
  try {
    let ownerId: string | null = null;
    if (args.owner !== undefined) {
      const owner = await db.user.findFirst({
        where: { email: { in: [args.owner, args.owner.toLowerCase()] } },
        select: { id: true, role: true, isGuest: true },
      });
      if (!owner) throw new Error(`no account with the email ${args.owner}`);
      if (owner.role !== "TEACHER" || owner.isGuest)
        throw new Error(`${args.owner} is not a teacher's account: only a teacher may own an imported set`);
      ownerId = owner.id;
    }
    const result = await importFile(ownerId, bytes, path.basename(args.file), { as: args.as, title: args.title });
    const set = await db.questionSet.findUniqueOrThrow({ where: { id: result.setId }, select: { title: true } });
    const lines = [
      `Imported "${set.title}" (${result.format}) as set ${result.setId}, ${
        ownerId ? `a private draft of ${args.owner}'s` : "into the library, unpublished"
      }.`,
      `  articles: ${result.articleIds.length}${result.articleIds.length ? ` (${result.articleIds.join(", ")})` : ""}`,
      `  questions: ${result.questions}, ${result.needsSource} of them needing a source`,
      `  ids remapped: ${result.remapped}`,
      `  skipped: ${result.skipped.length}`,
      ...result.skipped.map((s) => `    ${s.where}: ${s.reason}`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await db.$disconnect();
  }
});
