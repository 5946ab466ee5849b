// `npm run db:migration` authors a migration from a schema change, and `prisma migrate deploy` applies it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const repo = process.cwd();
let work: string;

function script(name: string, args: string[] = []) {
  return execFileSync(
    process.execPath,
    [path.join(repo, "node_modules/tsx/dist/cli.mjs"), path.join(repo, "scripts", name), ...args],
    {
      cwd: work,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "file:./data/app.db" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-migration-"));
  fs.cpSync(path.join(repo, "prisma"), path.join(work, "prisma"), { recursive: true });
  fs.mkdirSync(path.join(work, "lib", "db"), { recursive: true });
  for (const file of ["lib/db/database-url.ts", "lib/db/postgres-pool.ts"])
    fs.copyFileSync(path.join(repo, file), path.join(work, file));
  fs.copyFileSync(path.join(repo, "prisma.config.ts"), path.join(work, "prisma.config.ts"));
  fs.symlinkSync(path.join(repo, "node_modules"), path.join(work, "node_modules"));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe("npm run db:migration", () => {
  it("writes nothing when the schema matches the last migration", () => {
    const before = ["sqlite", "postgresql"].map((p) => fs.readdirSync(path.join(work, "prisma", p, "migrations")));
    expect(script("new-migration.ts", ["noop"])).not.toMatch(/wrote/);
    expect(["sqlite", "postgresql"].map((p) => fs.readdirSync(path.join(work, "prisma", p, "migrations")))).toEqual(
      before,
    );
  });

  it("turns a schema change into a migration for each provider, and deploy applies it", () => {
    for (const provider of ["sqlite", "postgresql"]) {
      const schemaFile = path.join(work, "prisma", provider, "schema.prisma");
      fs.appendFileSync(schemaFile, "\nmodel Streak {\n  userId String @id\n  days   Int    @default(0)\n}\n");
    }
    const output = script("new-migration.ts", ["add streaks"]);
    for (const provider of ["sqlite", "postgresql"]) {
      expect(output).toMatch(new RegExp(`wrote prisma/${provider}/migrations/\\d+_add_streaks/migration\\.sql`));
      const migrations = path.join(work, "prisma", provider, "migrations");
      const dirs = fs.readdirSync(migrations).filter((d) => d.endsWith("_add_streaks"));
      expect(dirs).toHaveLength(1);
      const sql = fs.readFileSync(path.join(migrations, dirs[0], "migration.sql"), "utf8");
      expect(sql).toMatch(/CREATE TABLE "Streak"/);
      expect(sql).not.toMatch(/CREATE TABLE "User"/);
      // Each in its own dialect.
      expect(sql).toMatch(
        provider === "sqlite"
          ? /"days" INTEGER NOT NULL DEFAULT 0/
          : /"days" INTEGER NOT NULL DEFAULT 0,\s+CONSTRAINT "Streak_pkey" PRIMARY KEY/,
      );
    }

    script("migrate.ts");
    const sqlite = new Database(path.join(work, "data/app.db"), { readonly: true });
    const columns = sqlite.prepare(`PRAGMA table_info("Streak")`).all() as { name: string }[];
    sqlite.close();
    expect(columns.map((c) => c.name)).toEqual(["userId", "days"]);
    expect(script("new-migration.ts", ["again"])).not.toMatch(/wrote/);
  });
});
