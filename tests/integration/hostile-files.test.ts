// Files built to make the article readers slow: each is refused by name within the read's time limit, nothing
// is saved, and the server's event loop keeps answering meanwhile (the readers run in a worker thread,
// lib/authoring/read-bounded.ts). Before, a 100 KB Markdown file of nested quotes kept the process busy for
// minutes, and a .docx of tiny paragraphs ran it out of memory.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/session";
import { buildDocx } from "../../lib/authoring/bench";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let imports: typeof import("../../lib/authoring/article-import");
let teacher: Viewer;
let server: http.Server;
let base: string;
const bytes = (s: string) => new TextEncoder().encode(s);
const counts = async () => ({ articles: await t.db.article.count(), passages: await t.db.passage.count() });

/** Runs `work` and returns its outcome and the longest the event loop went without running a 50 ms timer, ms. */
async function withLoopWatch<T>(work: () => Promise<T>): Promise<{ outcome: PromiseSettledResult<T>; stall: number }> {
  let last = performance.now();
  let stall = 0;
  const tick = setInterval(() => {
    stall = Math.max(stall, performance.now() - last);
    last = performance.now();
  }, 50);
  const [outcome] = await Promise.allSettled([work()]);
  clearInterval(tick);
  return { outcome, stall };
}

beforeAll(async () => {
  t = await useAppDatabase();
  imports = await import("../../lib/authoring/article-import");
  const learners = await import("../../lib/auth/viewer");
  teacher = learners.viewerFromRow(
    await t.db.user.create({
      data: { name: "mallory", role: "TEACHER", email: "mallory@example.com" },
      select: learners.VIEWER_COLUMNS,
    }),
  );
  const nested = `<html><head><title>Deep</title></head><body>${"<div>".repeat(40_000)}words</body></html>`;
  server = http.createServer((request, response) => {
    if (request.url === "/deep") response.writeHead(200, { "Content-Type": "text/html" }).end(nested);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await t.close();
});

describe("files that would take the readers minutes are refused in time, and the server keeps answering", () => {
  it("an uploaded Markdown file of 100,000 nested quotes", { timeout: 60_000 }, async () => {
    const before = await counts();
    const { outcome, stall } = await withLoopWatch(() =>
      imports.createArticleFromFile(teacher, { name: "deep.md", bytes: bytes(`# Deep\n\n${">".repeat(100_000)} a\n`) }),
    );
    expect(outcome).toMatchObject({ status: "rejected", reason: { code: "file-too-complex" } });
    expect(stall).toBeLessThan(2_000);
    expect(await counts()).toEqual(before);
  });

  it("an uploaded .docx of 150,000 tiny paragraphs (a few hundred KB zipped)", { timeout: 60_000 }, async () => {
    const docx = await buildDocx(Array.from({ length: 150_000 }, () => "ab"));
    const before = await counts();
    const { outcome, stall } = await withLoopWatch(() =>
      imports.createArticleFromFile(teacher, { name: "tiny.docx", bytes: docx }),
    );
    expect(outcome).toMatchObject({ status: "rejected" });
    expect((outcome as PromiseRejectedResult).reason.code).toMatch(/^(file-too-complex|too-many-passages)$/);
    expect(stall).toBeLessThan(2_000);
    expect(await counts()).toEqual(before);
  });

  it("a web page of 40,000 nested elements", { timeout: 60_000 }, async () => {
    const before = await counts();
    const { outcome, stall } = await withLoopWatch(() =>
      imports.createArticleFromAddress(teacher, `${base}/deep`, { allowPrivate: true }),
    );
    expect(outcome).toMatchObject({ status: "rejected", reason: { code: "file-too-complex" } });
    expect(stall).toBeLessThan(2_000);
    expect(await counts()).toEqual(before);
  });

  it("an ordinary file still reads, through the same worker", { timeout: 60_000 }, async () => {
    const { id } = await imports.createArticleFromFile(teacher, {
      name: "Harbour.md",
      bytes: bytes("# Harbour reopens\n\nThe harbour reopened on *Monday*.\n\nBoats returned <script>x()</script>.\n"),
    });
    const article = await t.db.article.findUniqueOrThrow({ where: { id }, include: { passages: true } });
    expect(article.title).toBe("Harbour reopens");
    expect(article.passages.map((p) => p.text)).toEqual(["The harbour reopened on Monday.", "Boats returned ."]);
  });
});

describe("uploads are bounded per teacher", () => {
  it("the 31st file in an hour is refused with the limit and the wait, nothing is saved, and other teachers still upload", async () => {
    const learners = await import("../../lib/auth/viewer");
    const { hit } = await import("../../lib/http/rate-limit");
    const newTeacher = async (name: string) =>
      learners.viewerFromRow(
        await t.db.user.create({
          data: { name, role: "TEACHER", email: `${name}@example.com` },
          select: learners.VIEWER_COLUMNS,
        }),
      );
    const busy = await newTeacher("busy");
    const other = await newTeacher("other");
    // Thirty uploads' worth of the hour already spent, counted on the same key the upload uses.
    for (let i = 0; i < imports.ARTICLE_UPLOAD_LIMIT.max; i++)
      await hit(t.db, `article-upload:user:${busy.id}`, imports.ARTICLE_UPLOAD_LIMIT);
    const before = await counts();
    const file = { name: "Note.txt", bytes: bytes("Notes on the harbour, which reopened on Monday after repairs.\n") };
    const refused = imports.createArticleFromFile(busy, file);
    await expect(refused).rejects.toMatchObject({ code: "uploads-rate-limited", status: 429, field: "file" });
    await expect(refused).rejects.toThrow(/at most 30 files an hour\. Try again in (a minute|\d+ minutes)\./);
    expect(await counts()).toEqual(before);

    const { id } = await imports.createArticleFromFile(other, file);
    expect(await t.db.article.findUniqueOrThrow({ where: { id }, select: { ownerId: true } })).toEqual({
      ownerId: other.id,
    });
  });
});
