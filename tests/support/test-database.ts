// A fresh, migrated database for one integration test, copied from the global template: a file copy on
// SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createPrismaClient, type Database } from "../../lib/db/prisma-client";
import { adminQuery, databaseNamed } from "./postgres-admin";

export type TestDatabase = {
  provider: "sqlite" | "postgresql";
  url: string;
  /** The SQLite file; null on PostgreSQL. */
  file: string | null;
  db: Database;
  close: () => Promise<void>;
};

/** Which database this run of the integration suite is on. */
export function testProvider(): "sqlite" | "postgresql" {
  return inject("templateDatabase").provider;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("templateDatabase");
  if (template.provider === "postgresql") {
    const name = `footnote_test_${randomBytes(6).toString("hex")}`;
    await adminQuery(template.serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template.name}"`);
    const url = databaseNamed(template.serverUrl, name);
    const db = createPrismaClient(url);
    return {
      provider: "postgresql",
      url,
      file: null,
      db,
      close: async () => {
        await db.$disconnect();
        await adminQuery(template.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-test-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(template.file, file);
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  return {
    provider: "sqlite",
    url,
    file,
    db,
    close: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A migrated database for modules that use the app's own client (lib/db/client.ts): points DATABASE_URL at
 * a fresh copy, loads the shipped content into it, and returns it. Call before importing those modules.
 */
export async function useAppDatabase(): Promise<TestDatabase> {
  const t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  const { loadContent } = await import("../../lib/content/load");
  const { syncContent } = await import("../../lib/content/sync");
  await syncContent(t.db, loadContent());
  return t;
}
