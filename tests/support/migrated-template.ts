// Vitest global setup for integration tests: one SQLite file with the real migrations applied by
// `prisma migrate deploy`. Each test copies it, so every test starts from a freshly migrated database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../lib/startup/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-template-"));
  const file = path.join(dir, "template.db");
  await migrateDatabase(`file:${file}`);
  project.provide("templateDatabase", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
