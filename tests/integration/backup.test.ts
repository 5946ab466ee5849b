// npm run db:backup takes a consistent snapshot while the database is in use, and it restores.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db/prisma-client";
import { backupDatabase } from "../../lib/startup/backup";
import { checkHealth } from "../../lib/db/health";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
afterEach(() => t.close());

describe("db:backup", () => {
  it("snapshots a database that is being written to, and the restored copy has the data", async () => {
    t = await createTestDatabase();
    await t.db.user.createMany({ data: Array.from({ length: 200 }, (_, i) => ({ email: `u${i}@example.com` })) });
    // Keep writing while the backup runs, as a live server would: a request at a time, each in its
    // own turn of the event loop (the SQLite driver is synchronous underneath).
    let writing = true;
    let writes = 0;
    const writer = (async () => {
      while (writing) {
        await t.db.user.create({ data: { email: `during${writes++}@example.com` } });
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const folder = path.dirname(t.file!);
    const destination = path.join(folder, "backups", "snapshot.db");
    const { bytes } = await backupDatabase(t.url, destination);
    writing = false;
    await writer;
    expect(bytes).toBeGreaterThan(0);
    expect(writes).toBeGreaterThan(0);

    // Restore: put the snapshot where a database is expected, and open it as the app would.
    const restoredFile = path.join(folder, "restored.db");
    fs.copyFileSync(destination, restoredFile);
    const restored = createPrismaClient(`file:${restoredFile}`);
    try {
      expect(await checkHealth(restored)).toEqual({ status: "ok", database: "ok" });
      expect(await restored.user.count({ where: { email: { startsWith: "u" } } })).toBe(200);
      const integrity = await restored.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
      expect(integrity[0].integrity_check).toBe("ok");
    } finally {
      await restored.$disconnect();
    }
  });

  it("says so when there is no database to back up", async () => {
    t = await createTestDatabase();
    await expect(backupDatabase(`file:${t.file}.missing`, `${t.file}.bak`)).rejects.toThrow(/there is no database at/);
  });
});
