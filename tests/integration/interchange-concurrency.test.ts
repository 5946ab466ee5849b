// Found by the issue 19 tester: `npm start` runs two server processes, each with its own database connection, so
// an import can run while the other process writes (a double submit, two tabs, a student answering). On SQLite
// the import's transaction read first and then wrote, and a write committed by the other connection in between
// failed it with SQLITE_BUSY_SNAPSHOT: a server error (500) instead of the new set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "../../lib/db/prisma-client";
import { makeArticle } from "../support/authored-content";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let other: Database;
let importSet: typeof import("../../lib/interchange/import-set");
let readCsv: typeof import("../../lib/interchange/import/csv");

beforeAll(async () => {
  t = await useAppDatabase();
  other = createPrismaClient(t.url);
  importSet = await import("../../lib/interchange/import-set");
  readCsv = await import("../../lib/interchange/import/csv");
});
afterAll(async () => {
  await other.$disconnect();
  await t.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("an import while another server process writes", () => {
  it("waits for the other write and lands the set whole", async () => {
    const teacher = await t.db.user.create({ data: { name: "Tess", role: "TEACHER", email: "tess-busy@example.com" } });
    const article = await makeArticle(t.db, teacher.id, { title: "The call", passages: ["They spoke on Tuesday."] });
    const imported = await readCsv.readCsv(new TextEncoder().encode("Tuesday\tday of the call\n"), "list.txt", {});

    // The other process: a write transaction that holds the lock while the import starts, committed 300 ms later.
    let began!: () => void;
    const writing = new Promise<void>((resolve) => (began = resolve));
    const otherWrite = other.$transaction(async (tx) => {
      await tx.user.create({ data: { name: "Sue", role: "STUDENT", email: "sue-busy@example.com" } });
      began();
      await sleep(300);
    });
    await writing;
    const result = await importSet.importSet(teacher.id, imported, "csv: list.txt", new Date(), {
      attachArticleIds: [article.id],
    });
    await otherWrite;

    expect(result.questions).toBe(1);
    expect(await t.db.question.count({ where: { setId: result.setId } })).toBe(1);
    expect(await t.db.user.count({ where: { email: "sue-busy@example.com" } })).toBe(1);
  });
});
