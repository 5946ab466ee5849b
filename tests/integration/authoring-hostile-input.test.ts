// Hostile markup through every way a teacher's article comes in, to the passages stored: pasted and plain
// files keep it as the characters typed (shown as text), markup formats keep only the words a browser
// would show. The web address is fetched from a local server, allowed by FOOTNOTE_ALLOW_PRIVATE_FETCH.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/session";
import { buildDocx } from "../../lib/authoring/bench";
import { HOSTILE } from "../support/hostile-markup";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let articles: typeof import("../../lib/authoring/articles");
let imports: typeof import("../../lib/authoring/article-import");
let server: http.Server;
let base: string;

const INTRO = "Intro words before the trap.";
const CLOSING = "Closing words.";
const bytes = (s: string) => new TextEncoder().encode(s);
const page = (markup: string) => `<html><body><p>${INTRO}</p>${markup}<p>${CLOSING}</p></body></html>`;
const stored = async (id: string) =>
  (await t.db.passage.findMany({ where: { articleId: id, archivedAt: null }, orderBy: { position: "asc" } })).map(
    (p) => p.text,
  );
const expected = (shown: string) => [INTRO, ...(shown ? [shown] : []), CLOSING];

beforeAll(async () => {
  // Read once by lib/config.ts, before the app's modules load.
  process.env.FOOTNOTE_ALLOW_PRIVATE_FETCH = "1";
  t = await useAppDatabase();
  articles = await import("../../lib/authoring/articles");
  imports = await import("../../lib/authoring/article-import");
  server = http.createServer((request, response) => {
    const { markup } = HOSTILE[Number(request.url?.slice(1))];
    response.writeHead(200, { "Content-Type": "text/html" }).end(page(markup));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await t.close();
});

// A teacher of their own for each input: one teacher uploading every input would pass the hourly upload limit
// (lib/authoring/article-import.ts), which is not what these tests are about.
const teachers = new Map<number, Promise<Viewer>>();
async function teacherFor(index: number): Promise<Viewer> {
  if (!teachers.has(index)) {
    const { viewerFromRow, VIEWER_COLUMNS } = await import("../../lib/auth/viewer");
    teachers.set(
      index,
      t.db.user
        .create({
          data: { name: `T${index}`, role: "TEACHER", email: `t${index}@example.com` },
          select: VIEWER_COLUMNS,
        })
        .then(viewerFromRow),
    );
  }
  return teachers.get(index)!;
}

describe.each(HOSTILE.map((entry, index) => ({ ...entry, index })))(
  "hostile input $index",
  ({ markup, shown, shownFromMarkdown, index }) => {
    it("pasted, or in a .txt or .docx: stored as the characters typed, title too", async () => {
      const pasted = await articles.createArticle(
        await teacherFor(index),
        { title: markup },
        `${INTRO}\n\n${markup}\n\n${CLOSING}`,
      );
      expect(await stored(pasted.id)).toEqual([INTRO, markup, CLOSING]);
      expect((await t.db.article.findUniqueOrThrow({ where: { id: pasted.id } })).title).toBe(markup);
      const txt = await imports.createArticleFromFile(await teacherFor(index), { name: "a.txt", bytes: bytes(markup) });
      expect(await stored(txt.id)).toEqual([markup]);
      const docx = await imports.createArticleFromFile(await teacherFor(index), {
        name: "a.docx",
        bytes: await buildDocx([markup]),
      });
      expect(await stored(docx.id)).toEqual([markup]);
    });

    it("in an .html or .md upload, or at a web address: only the words a browser shows", async () => {
      const html = await imports.createArticleFromFile(await teacherFor(index), {
        name: "a.html",
        bytes: bytes(page(markup)),
      });
      expect(await stored(html.id)).toEqual(expected(shown));
      const md = await imports.createArticleFromFile(await teacherFor(index), {
        name: "a.md",
        bytes: bytes(`${INTRO}\n\n${markup}\n\n${CLOSING}`),
      });
      expect(await stored(md.id)).toEqual(expected(shownFromMarkdown ?? shown));
      // No allowPrivate option: the environment variable lets the test server's loopback address through.
      const web = await imports.createArticleFromAddress(await teacherFor(index), `${base}/${index}`);
      expect(await stored(web.id)).toEqual(expected(shown));
    });
  },
);
