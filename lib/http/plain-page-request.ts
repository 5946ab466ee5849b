// What a Pages Router page that ships no framework (the study and practice pages) reads from its request:
// who is asking, the CSP nonce for its own scripts, and one value per query parameter. The App Router has
// getViewer() and headers() for this; getServerSideProps gets Node's request instead.
import type { GetServerSidePropsContext } from "next";
import { viewerFromCookies, type Viewer } from "../auth/viewer";
import { nonceOf } from "./nonce";

/** A query or header value as Node gives it: the first when repeated. */
export const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

export type PlainPageRequest = {
  viewer: Viewer | null;
  /** The nonce proxy.ts made for this request, or null (JSON props cannot carry undefined). */
  nonce: string | null;
  /** The query parameter `name`'s first value, or undefined. */
  param: (name: string) => string | undefined;
};

/** Reads a plain page's request. The viewer is looked up in the database (lib/auth/viewer.ts). */
export async function readPlainPageRequest({ req, query }: GetServerSidePropsContext): Promise<PlainPageRequest> {
  const cookies = Object.entries(req.cookies).map(([name, value]) => ({ name, value: value ?? "" }));
  return {
    viewer: await viewerFromCookies(cookies),
    nonce: nonceOf({ get: (name) => first(req.headers[name]) ?? null }) ?? null,
    param: (name) => first(query[name]),
  };
}
