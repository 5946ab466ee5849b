// The same hostile markup through every way an article comes in: markup formats keep only the words a
// browser would have shown; text formats keep the characters as the words they are, to be shown as text.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocx } from "./bench";
import { fetchArticle } from "./fetch-article";
import { splitPassages } from "./passages";
import { readArticleFile } from "./read-upload";

// Each case with the words a browser shows of it: in a page, and in Markdown rendered to HTML (where
// "<scr" is text, escaped, and what follows <script> is script).
const HOSTILE: { markup: string; shown: string; shownFromMarkdown?: string }[] = [
  { markup: "<script>alert('script')</script>", shown: "" },
  { markup: "<img src=x onerror=\"alert('onerror')\">", shown: "" },
  { markup: "<a href=\"javascript:alert('link')\">link words</a>", shown: "link words" },
  // SVG text is left out on purpose: a drawing's labels are not prose to cite.
  { markup: "<svg onload=\"alert('svg')\"><text>svg words</text></svg>", shown: "" },
  { markup: "<iframe src=\"javascript:alert('iframe')\"></iframe>", shown: "" },
  { markup: "<p>unclosed <b>bold <i>italic", shown: "unclosed bold italic" },
  { markup: "<style>body{background:url(javascript:alert('style'))}</style>", shown: "" },
  { markup: "<div onmouseover=\"alert('hover')\">hover words</div>", shown: "hover words" },
  { markup: "<!-- <script>alert('comment')</script> -->", shown: "" },
  { markup: "<scr<script>ipt>alert('nested')</script>", shown: "ipt>alert('nested')", shownFromMarkdown: "<scr" },
  {
    markup: "Words <span onclick=\"alert('inline')\">inline</span> and <script>alert('inline script')</script> end",
    shown: "Words inline and end",
  },
];
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
