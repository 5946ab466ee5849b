import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../config";
import { AppError } from "../errors/app-error";
import { fetchArticle, fetchPage, MAX_REDIRECTS } from "./fetch-article";
import { UPLOAD_MAX_BYTES } from "./limits";

// A local web server stands in for the web: reaching it at all needs private addresses allowed.
let server: http.Server;
let base: string;
const article =
  "<html><head><title>Local article</title></head><body><nav>Menu</nav><article><p>First paragraph of the local article, long enough to be the article.</p><p onclick='x()'>Second <script>alert(1)</script>paragraph.</p></article></body></html>";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    const hops = /^\/hop\/(\d+)$/.exec(path);
    if (path === "/article")
      return response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(article);
    if (path === "/plain")
      return response.writeHead(200, { "Content-Type": "text/plain" }).end("Plain words.\n\nMore words.");
    if (hops)
      return response
        .writeHead(302, { Location: Number(hops[1]) > 1 ? `/hop/${Number(hops[1]) - 1}` : "/article" })
        .end();
    if (path === "/to-metadata")
      return response.writeHead(302, { Location: "http://169.254.169.254/latest/meta-data/" }).end();
    if (path === "/to-file") return response.writeHead(302, { Location: "file:///etc/passwd" }).end();
    if (path === "/image") return response.writeHead(200, { "Content-Type": "image/png" }).end("png");
    if (path === "/missing") return response.writeHead(404, { "Content-Type": "text/html" }).end("gone");
    if (path === "/huge") {
      // No Content-Length: the size is only known by counting what arrives.
      response.writeHead(200, { "Content-Type": "text/plain" });
      const chunk = "a".repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent <= UPLOAD_MAX_BYTES) {
          sent += chunk.length;
          if (!response.write(chunk)) return response.once("drain", pump);
        }
        response.end();
      };
      return pump();
    }
    if (path === "/slow") return; // never answers
    response.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error instanceof AppError ? error.code : error;
  }
};

describe("fetchArticle", () => {
  it("refuses loopback and private addresses unless they are allowed", async () => {
    expect(await refusal(fetchPage(`${base}/article`, { allowPrivate: false }))).toBe("blocked-address");
    expect(await refusal(fetchPage("http://10.0.0.1/", { allowPrivate: false, timeoutMs: 2000 }))).toBe(
      "blocked-address",
    );
    expect(await refusal(fetchPage("http://[::1]/", { allowPrivate: false }))).toBe("blocked-address");
    const port = new URL(base).port;
    // Names are checked by the address they resolve to; other spellings of loopback are loopback too.
    for (const host of ["localhost", "[::ffff:127.0.0.1]", "2130706433", "0x7f.1", "0.0.0.0"]) {
      expect(await refusal(fetchPage(`http://${host}:${port}/article`, { allowPrivate: false, timeoutMs: 3000 }))).toBe(
        "blocked-address",
      );
    }
  });

  it("reads an allowed page as an article, keeping the article's words only", { timeout: 30_000 }, async () => {
    const read = await fetchArticle(`${base}/article`, { allowPrivate: true });
    expect(read).toMatchObject({ url: `${base}/article`, title: "Local article" });
    expect(read.text).toBe("First paragraph of the local article, long enough to be the article.\n\nSecond paragraph.");
    expect((await fetchArticle(`${base}/plain`, { allowPrivate: true })).text).toBe("Plain words.\n\nMore words.");
  });

  it(`follows up to ${MAX_REDIRECTS} redirects and no more`, async () => {
    expect((await fetchPage(`${base}/hop/${MAX_REDIRECTS}`, { allowPrivate: true })).url).toBe(`${base}/article`);
    expect(await refusal(fetchPage(`${base}/hop/${MAX_REDIRECTS + 1}`, { allowPrivate: true }))).toBe(
      "too-many-redirects",
    );
  });

  it("checks every redirect: never to a metadata address or another scheme", async () => {
    expect(await refusal(fetchPage(`${base}/to-metadata`, { allowPrivate: true, timeoutMs: 3000 }))).toBe(
      "blocked-address",
    );
    expect(await refusal(fetchPage(`${base}/to-file`, { allowPrivate: true }))).toBe("invalid-address");
  });

  it("refuses addresses that are not http or https, or carry credentials", async () => {
    for (const address of [
      "file:///etc/passwd",
      "javascript:alert(1)",
      "ftp://example.com/a.txt",
      "not an address",
      "http://user:pw@example.com/",
    ]) {
      expect(await refusal(fetchPage(address, { allowPrivate: true }))).toBe("invalid-address");
    }
  });

  it("refuses other media types, error statuses, more than 5 MB and slow pages", async () => {
    expect(await refusal(fetchPage(`${base}/image`, { allowPrivate: true }))).toBe("unsupported-type");
    expect(await refusal(fetchPage(`${base}/missing`, { allowPrivate: true }))).toBe("fetch-status");
    expect(await refusal(fetchPage(`${base}/huge`, { allowPrivate: true }))).toBe("file-too-large");
    expect(await refusal(fetchPage(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }))).toBe("fetch-timeout");
  });
});

describe("FOOTNOTE_ALLOW_PRIVATE_FETCH", () => {
  it("is off unless set to 1, and refuses anything but 1 or 0", () => {
    const env = { NEXTAUTH_SECRET: "a-secret-of-sixteen-or-more" };
    expect(parseConfig(env).FOOTNOTE_ALLOW_PRIVATE_FETCH).toBe(false);
    expect(parseConfig({ ...env, FOOTNOTE_ALLOW_PRIVATE_FETCH: "1" }).FOOTNOTE_ALLOW_PRIVATE_FETCH).toBe(true);
    expect(() => parseConfig({ ...env, FOOTNOTE_ALLOW_PRIVATE_FETCH: "yes" })).toThrow(
      "FOOTNOTE_ALLOW_PRIVATE_FETCH: must be 1 or 0",
    );
  });
});
