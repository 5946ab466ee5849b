// A fresh, migrated SQLite database for one integration test, copied from the global template.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createPrismaClient, type Database } from "../../lib/prisma-client";

export type TestDatabase = { url: string; file: string; db: Database; close: () => Promise<void> };

export function createTestDatabase(): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-test-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(inject("templateDatabase"), file);
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  return {
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
 * A migrated database for modules that use the app's own client (lib/db.ts): points DATABASE_URL at
 * a fresh copy, loads the shipped content into it, and returns it. Call before importing those modules.
 */
export async function useAppDatabase(): Promise<TestDatabase> {
  const t = createTestDatabase();
  process.env.DATABASE_URL = t.url;
  const { loadContent } = await import("../../lib/content/load");
  const { syncContent } = await import("../../lib/content/sync");
  await syncContent(t.db, loadContent());
  return t;
}
