// SQLite and PostgreSQL each have a schema file (Prisma fixes the provider per file) and migrations of
// their own. These checks keep them from drifting apart: the same models in both, and every change to a
// schema carried by a committed migration of that provider.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prismaPaths, type DatabaseProvider } from "../../lib/db/database-url";

const PROVIDERS: DatabaseProvider[] = ["sqlite", "postgresql"];

/** The schema below its generator and datasource blocks: models, enums and their comments. */
function models(file: string): string {
  const text = fs.readFileSync(file, "utf8");
  const start = text.search(/^\/\/ -{10,}/m);
  if (start < 0) throw new Error(`${file}: no section comment where the models begin`);
  return text.slice(start).trim();
}

function lastSnapshot(provider: DatabaseProvider): string {
  const { migrations } = prismaPaths(provider);
  const last = fs
    .readdirSync(migrations, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .at(-1);
  if (!last) throw new Error(`${migrations}: no migrations`);
  return path.join(migrations, last, "schema.prisma");
}

describe("the two providers' schemas", () => {
  it("declare the same models, enums, fields and indexes", () => {
    const [sqlite, postgresql] = PROVIDERS.map((p) => models(prismaPaths(p).schema));
    expect(sqlite.length).toBeGreaterThan(1000);
    expect(postgresql).toBe(sqlite);
  });

  it("name their own provider and generated client", () => {
    for (const provider of PROVIDERS) {
      const text = fs.readFileSync(prismaPaths(provider).schema, "utf8");
      expect(text).toMatch(new RegExp(`provider\\s*=\\s*"${provider}"`));
      expect(text).toMatch(new RegExp(`output\\s*=\\s*"\\.\\./\\.\\./lib/generated/${provider}"`));
      const lock = fs.readFileSync(path.join(prismaPaths(provider).migrations, "migration_lock.toml"), "utf8");
      expect(lock).toMatch(new RegExp(`provider = "${provider}"`));
    }
  });

  it.each(PROVIDERS)("%s: match the schema their last migration produced (run npm run db:migration)", (provider) => {
    expect(models(prismaPaths(provider).schema)).toBe(models(lastSnapshot(provider)));
  });
});
