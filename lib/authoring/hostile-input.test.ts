// The same hostile markup through every way an article comes in: markup formats keep only the words a
// browser would have shown; text formats keep the characters as the words they are, to be shown as text.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocx } from "./bench";
import { fetchArticle } from "./fetch-article";
import { splitPassages } from "./passages";
import { readArticleFile } from "./read-upload";
import { HOSTILE } from "../../tests/support/hostile-markup";

const page = (markup: string) => `<p>Intro words before the trap.</p>${markup}<p>Closing words.</p>`;
const bytes = (text: string) => new TextEncoder().encode(text);
const passages = (text: string) => splitPassages(text).map((p) => p.text);
const expected = (shown: string) => ["Intro words before the trap.", ...(shown ? [shown] : []), "Closing words."];

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    const { markup } = HOSTILE[Number(request.url?.slice(1))];
    response.writeHead(200, { "Content-Type": "text/html" }).end(`<html><body>${page(markup)}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe.each(HOSTILE.map((entry, index) => ({ ...entry, index })))(
  "hostile input $index",
  ({ markup, shown, shownFromMarkdown, index }) => {
    it("leaves only the words a browser shows, from an .html upload, a fetched page or a .md upload", async () => {
      expect(passages((await readArticleFile({ name: "a.html", bytes: bytes(page(markup)) })).text)).toEqual(
        expected(shown),
      );
      expect(passages((await fetchArticle(`${base}/${index}`, { allowPrivate: true })).text)).toEqual(expected(shown));
      const markdown = `Intro words before the trap.\n\n${markup}\n\nClosing words.`;
      expect(passages((await readArticleFile({ name: "a.md", bytes: bytes(markdown) })).text)).toEqual(
        expected(shownFromMarkdown ?? shown),
      );
    });

    it("keeps the characters of a .txt or .docx as the words they are, to be shown as text", async () => {
      for (const read of [
        await readArticleFile({ name: "a.txt", bytes: bytes(markup) }),
        await readArticleFile({ name: "a.docx", bytes: await buildDocx([markup]) }),
      ]) {
        expect(passages(read.text)).toEqual([markup]);
      }
    });
  },
);
