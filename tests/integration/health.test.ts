import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkHealth } from "../../lib/db/health";
import { createPrismaClient } from "../../lib/db/prisma-client";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase | undefined;
afterEach(() => t?.close());

describe("checkHealth", () => {
  it("reports ok on a migrated database", async () => {
    t = await createTestDatabase();
    expect(await checkHealth(t.db)).toEqual({ status: "ok", database: "ok" });
  });

  it("reports the database unreachable when its folder does not exist", async () => {
    const db = createPrismaClient(`file:${path.join(os.tmpdir(), "footnote-missing", "nowhere", "x.db")}`);
    expect(await checkHealth(db)).toEqual({ status: "unavailable", database: "unreachable" });
  });

  it("reports the database unreachable when the schema was never migrated", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-empty-"));
    const db = createPrismaClient(`file:${path.join(dir, "empty.db")}`);
    expect(await checkHealth(db)).toEqual({ status: "unavailable", database: "unreachable" });
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
