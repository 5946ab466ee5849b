// The size limit on form posts: server actions, and the study page's posts to its route handlers
// (lib/http/form-request.ts). Next enforces its own limit on server actions (next.config.js
// serverActions.bodySizeLimit, the same 64 KB) but answers a no-JavaScript form post over it with a
// 500; proxy.ts refuses a declared oversized body first, with a 413 and a message.
export const MAX_FORM_BYTES = 64 * 1024;

export const FORM_TOO_LARGE =
  "This form was too large to send: forms here take at most 64 KB. Go back and shorten your answer.";

// Issue 17, articles part: a pasted article and the article text editor carry up to 200,000 characters (up
// to 800 KB in UTF-8), so their two pages, and only those, take forms of up to 1 MB. next.config.js raises
// Next's server-action limit to the same 1 MB, which Next applies to every page; this check keeps every
// other page's declared forms at 64 KB (browsers always declare a form's length). Uploads (5 MB) post to a
// route handler of their own, app/api/articles/upload/route.ts, which counts its body itself.
export const MAX_ARTICLE_FORM_BYTES = 1024 * 1024;
const ARTICLE_FORM_PATH = /^\/articles\/(new|[^/]+\/edit)\/?$/;

export const ARTICLE_FORM_TOO_LARGE =
  "This form was too large to send: an article's text may be at most 200,000 characters (1 MB). Go back and shorten it.";

export function formTooLarge(request: Request): Response | null {
  if (request.method !== "POST") return null;
  const article = ARTICLE_FORM_PATH.test(new URL(request.url).pathname);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared <= (article ? MAX_ARTICLE_FORM_BYTES : MAX_FORM_BYTES)) return null;
  return new Response(article ? ARTICLE_FORM_TOO_LARGE : FORM_TOO_LARGE, {
    status: 413,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
