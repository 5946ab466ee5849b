// Fetching an article from a web address a teacher gives, without letting that address reach into the
// server's own network (server-side request forgery): request-filtering-agent checks every connection's
// resolved address, so a name that resolves, or a redirect that leads, to a private one is refused too.
import "server-only";
import http from "node:http";
import https from "node:https";
import { useAgent } from "request-filtering-agent";
import { config } from "../config";
import { AppError } from "../errors/app-error";
import { limitError, UPLOAD_MAX_BYTES } from "./limits";
import type { ReadArticle } from "./read-result";
import { readArticleFileBounded } from "./read-bounded";

/** Most time a whole fetch may take, redirects included, ms. */
export const FETCH_TIMEOUT_MS = 10_000;
/** Most redirects followed; each is checked as the first address was. */
export const MAX_REDIRECTS = 5;

const ACCEPTED_TYPES = [
  "text/html",
  "application/xhtml+xml",
  "text/plain",
  "text/markdown",
  "text/x-markdown",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
];
// Cloud metadata services answer on these; they stay refused even where private addresses are allowed.
const METADATA_ADDRESSES = ["169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254"];

export type FetchOptions = {
  /** Allow private, loopback and link-local addresses (never metadata ones); default FOOTNOTE_ALLOW_PRIVATE_FETCH. */
  allowPrivate?: boolean;
  /** ms; default FETCH_TIMEOUT_MS. */
  timeoutMs?: number;
};

export type FetchedPage = { url: string; contentType: string; bytes: Uint8Array };

/**
 * GETs an http or https address, following up to MAX_REDIRECTS redirects by hand, each hop's address checked
 * again, within `timeoutMs` in all. Only a 200 answer of an accepted type (HTML, plain text, Markdown, .docx) is
 * read, and at most 5 MB of it, counted as it arrives. Returns the final address, the media type and the bytes.
 * Throws AppError (invalid-address, blocked-address, too-many-redirects, fetch-timeout, fetch-status,
 * unsupported-type, fetch-failed, or file-too-large past 5 MB).
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const allowPrivate = options.allowPrivate ?? config().FOOTNOTE_ALLOW_PRIVATE_FETCH;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  let url = webAddress(address);
  for (let redirects = 0; ; redirects++) {
    const answer = await get(url, { deadline, timeoutMs, allowPrivate });
    if ("location" in answer) {
      if (redirects === MAX_REDIRECTS)
        throw new AppError("too-many-redirects", {
          message: `The address redirects more than ${MAX_REDIRECTS} times.`,
        });
      url = webAddress(answer.location, url);
      continue;
    }
    return { url: url.href, ...answer };
  }
}

/**
 * Fetches an address (as fetchPage) and reads it as an article, within readArticleFileBounded's time and memory
 * limits (AppError "file-too-complex" past them); `url` is the address it was read from at last.
 */
export async function fetchArticle(
  address: string,
  options: FetchOptions = {},
): Promise<ReadArticle & { url: string }> {
  const page = await fetchPage(address, options);
  return { ...(await readArticleFileBounded({ contentType: page.contentType, bytes: page.bytes })), url: page.url };
}

function webAddress(address: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(address.trim(), base);
  } catch {
    throw new AppError("invalid-address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new AppError("invalid-address");
  if (url.username || url.password)
    throw new AppError("invalid-address", { message: "A web address with a user name or password cannot be fetched." });
  url.hash = "";
  return url;
}

type Answer = { location: string } | { contentType: string; bytes: Uint8Array };

function get(
  url: URL,
  { deadline, timeoutMs, allowPrivate }: { deadline: number; timeoutMs: number; allowPrivate: boolean },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const agent = useAgent(url.href, {
      allowPrivateIPAddress: allowPrivate,
      denyIPAddressList: METADATA_ADDRESSES,
      keepAlive: false,
    });
    const request = (url.protocol === "https:" ? https : http).get(url, {
      agent,
      headers: {
        Accept: ACCEPTED_TYPES.join(", "),
        "Accept-Encoding": "identity",
        "User-Agent": "Footnote article import",
      },
    });
    const fail = (error: Error) => {
      clearTimeout(timer);
      request.destroy();
      reject(error);
    };
    const timeout = new AppError("fetch-timeout", {
      message: `The page did not arrive within ${timeoutMs / 1000} seconds.`,
    });
    const timer = setTimeout(() => fail(timeout), Math.max(0, deadline - Date.now()));
    timer.unref();
    request.on("error", (error) => {
      if (error instanceof AppError) return fail(error);
      // request-filtering-agent refuses with "... is not allowed. Because, It is private IP address."
      if (/is not allowed/i.test(error.message)) return fail(new AppError("blocked-address"));
      fail(
        new AppError("fetch-failed", {
          message: `The page could not be fetched (${(error as NodeJS.ErrnoException).code ?? error.message}).`,
        }),
      );
    });
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      if ([301, 302, 303, 307, 308].includes(status) && response.headers.location) {
        clearTimeout(timer);
        response.destroy();
        return resolve({ location: response.headers.location });
      }
      if (status !== 200)
        return fail(
          new AppError("fetch-status", { message: `The page answered with status ${status}, not the page itself.` }),
        );
      const contentType = (response.headers["content-type"] ?? "").toLowerCase();
      if (!ACCEPTED_TYPES.includes(contentType.split(";")[0].trim())) {
        return fail(new AppError("unsupported-type"));
      }
      const declared = Number(response.headers["content-length"]);
      if (declared > UPLOAD_MAX_BYTES) return fail(limitError("upload size", UPLOAD_MAX_BYTES, declared));
      const chunks: Buffer[] = [];
      let received = 0;
      response.on("data", (chunk: Buffer) => {
        received += chunk.length;
        if (received > UPLOAD_MAX_BYTES) return fail(limitError("upload size", UPLOAD_MAX_BYTES, received));
        chunks.push(chunk);
      });
      response.on("error", (error) =>
        fail(new AppError("fetch-failed", { message: `The page could not be fetched (${error.message}).` })),
      );
      response.on("end", () => {
        clearTimeout(timer);
        if (received <= UPLOAD_MAX_BYTES) resolve({ contentType, bytes: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
  });
}
