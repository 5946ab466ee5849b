// `npm run db:migration -- <name>`: author a migration from a change to prisma/schema.prisma.
// `prisma migrate dev` cannot run on these machines, so each migration folder keeps the schema it
// produced (schema.prisma) and the next one is the SQL diff from that snapshot to the schema now.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { bin } from "../lib/startup/run";
import { runMain } from "../lib/startup/run-main";

const MIGRATIONS = path.join("prisma", "migrations");
const SCHEMA = path.join("prisma", "schema.prisma");

runMain(async () => {
  const name = process.argv[2]?.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!name) throw new Error("give the migration a name: npm run db:migration -- add_streaks");

  const previous = fs
    .readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .at(-1);
  const from = previous ? ["--from-schema-datamodel", path.join(MIGRATIONS, previous, "schema.prisma")] : ["--from-empty"];
  const sql = execFileSync(bin("prisma"), ["migrate", "diff", ...from, "--to-schema-datamodel", SCHEMA, "--script"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (!/^\s*(CREATE|ALTER|DROP|INSERT|PRAGMA|UPDATE|DELETE)/im.test(sql)) {
    console.log("footnote: prisma/schema.prisma matches the last migration; nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  fs.copyFileSync(SCHEMA, path.join(dir, "schema.prisma"));
  console.log(`footnote: wrote ${dir}/migration.sql; review it, then run npm run db:migrate (npm start applies it too).`);
});
