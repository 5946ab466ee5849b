// Vitest global setup for integration tests: one database with the real migrations applied by
// `prisma migrate deploy`, which every test copies so it starts from a freshly migrated database.
// SQLite (project "integration"): a template file. PostgreSQL (project "integration-postgresql", on the
// server FOOTNOTE_TEST_POSTGRES_URL names): a template database that CREATE DATABASE … TEMPLATE copies.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../lib/startup/migrate";
import { adminQuery, databaseNamed } from "./postgres-admin";

export type TemplateDatabase =
  { provider: "sqlite"; file: string } | { provider: "postgresql"; serverUrl: string; name: string };

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: TemplateDatabase;
  }
}

async function sqliteTemplate(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-template-"));
  const file = path.join(dir, "template.db");
  await migrateDatabase(`file:${file}`);
  project.provide("templateDatabase", { provider: "sqlite", file });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

async function postgresTemplate(project: TestProject, serverUrl: string) {
  const name = `footnote_template_${process.pid}`;
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}"`, `CREATE DATABASE "${name}"`);
  await migrateDatabase(databaseNamed(serverUrl, name));
  project.provide("templateDatabase", { provider: "postgresql", serverUrl, name });
  return () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.FOOTNOTE_TEST_POSTGRES_URL;
  if (project.name === "integration-postgresql") {
    if (!serverUrl) throw new Error("FOOTNOTE_TEST_POSTGRES_URL is not set");
    return postgresTemplate(project, serverUrl);
  }
  return sqliteTemplate(project);
}
