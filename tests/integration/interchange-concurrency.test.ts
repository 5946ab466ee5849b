// Found by the issue 19 tester: `npm start` runs two server processes, each with its own database connection, so
// an import can run while the other process writes (a double submit, two tabs, a student answering). On SQLite
// the import's transaction read first and then wrote, and a write committed by the other connection in between
// failed it with SQLITE_BUSY_SNAPSHOT: a server error (500) instead of the new set.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArticle } from "../support/authored-content";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let importSet: typeof import("../../lib/interchange/import-set");
let readCsv: typeof import("../../lib/interchange/import/csv");
let copying: typeof import("../../lib/authoring/copy-set");
let viewers: typeof import("../../lib/auth/viewer");

beforeAll(async () => {
  t = await useAppDatabase();
  importSet = await import("../../lib/interchange/import-set");
  readCsv = await import("../../lib/interchange/import/csv");
  copying = await import("../../lib/authoring/copy-set");
  viewers = await import("../../lib/auth/viewer");
});
afterAll(async () => {
  await t.close();
});

/** Another process's write transaction, holding its lock from when this resolves until `ms` later. */
async function otherProcessWrites(email: string, ms: number) {
  const child = spawn(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "tests/support/other-process-write.ts", t.url, email, String(ms)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const exited = once(child, "exit");
  let out = "";
  for await (const chunk of child.stdout) {
    out += String(chunk);
    if (out.includes("writing")) break;
  }
  return { done: exited.then(([code]) => expect(code).toBe(0)) };
}

describe("an import while another server process writes", () => {
  it("waits for the other write and lands the set whole", async () => {
    const teacher = await t.db.user.create({ data: { name: "Tess", role: "TEACHER", email: "tess-busy@example.com" } });
    const article = await makeArticle(t.db, teacher.id, { title: "The call", passages: ["They spoke on Tuesday."] });
    const imported = await readCsv.readCsv(new TextEncoder().encode("Tuesday\tday of the call\n"), "list.txt", {});

    // The other process: a write transaction that holds the lock while the import starts, committed 500 ms later.
    const other = await otherProcessWrites("sue-busy@example.com", 500);
    const result = await importSet.importSet(teacher.id, imported, "csv: list.txt", new Date(), {
      attachArticleIds: [article.id],
    });
    await other.done;

    expect(result.questions).toBe(1);
    expect(await t.db.question.count({ where: { setId: result.setId } })).toBe(1);
    expect(await t.db.user.count({ where: { email: "sue-busy@example.com" } })).toBe(1);
  });

  it("a copy of a shipped set, the same kind of read-then-write transaction, waits too", async () => {
    const teacher = viewers.viewerFromRow(
      await t.db.user.create({
        data: { name: "Cora", role: "TEACHER", email: "cora-busy@example.com" },
        select: viewers.VIEWER_COLUMNS,
      }),
    );
    const other = await otherProcessWrites("sam-busy@example.com", 500);
    const { id } = await copying.copySet(teacher, "the-call");
    await other.done;

    expect(await t.db.question.count({ where: { setId: id } })).toBe(
      await t.db.question.count({ where: { setId: "the-call" } }),
    );
  });
});
