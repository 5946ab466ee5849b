// The size limit on form posts: server actions, and the study page's posts to its route handlers
// (lib/http/form-request.ts). Next enforces its own limit on server actions (next.config.js
// serverActions.bodySizeLimit, the same 64 KB) but answers a no-JavaScript form post over it with a
// 500; proxy.ts refuses a declared oversized body first, with a 413 and a message.
export const MAX_FORM_BYTES = 64 * 1024;

export const FORM_TOO_LARGE =
  "This form was too large to send: forms here take at most 64 KB. Go back and shorten your answer.";

export function formTooLarge(request: Request): Response | null {
  if (request.method !== "POST") return null;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared <= MAX_FORM_BYTES) return null;
  return new Response(FORM_TOO_LARGE, { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
}
