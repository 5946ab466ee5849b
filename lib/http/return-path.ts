// Where a person may be sent back to after signing in, joining, or any other step that takes a return
// address from a link or a form: only somewhere on this site. Every return path and redirect target
// taken from input goes through safeReturnPath.

/** The longest return path kept; a longer one is refused rather than cut (a cut path could mean something else). */
export const MAX_RETURN_PATH = 2048;

/**
 * A return path that stays on this site: `value` resolved against `siteOrigin` with the WHATWG URL
 * parser (the one browsers use, so backslashes count as slashes, tabs and newlines are dropped, dot
 * segments collapse and %-escapes stay as they are), kept only when its origin is still `siteOrigin`.
 * Answers the path, query and fragment alone, e.g. "/sets/x?y#z", never an absolute URL, so neither a
 * browser nor Next's client router can read it as another host; anything else, including a value that
 * is not a string, is empty, longer than MAX_RETURN_PATH or would begin with "//", answers "/".
 * `siteOrigin` is the site's own origin or any URL on it, e.g. "http://localhost:3000".
 */
export function safeReturnPath(value: unknown, siteOrigin: string): string {
  if (typeof value !== "string" || value === "" || value.length > MAX_RETURN_PATH) return "/";
  let base: URL;
  let resolved: URL;
  try {
    base = new URL(siteOrigin);
    resolved = new URL(value, base);
  } catch {
    return "/";
  }
  if (resolved.origin !== base.origin || resolved.origin === "null") return "/";
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // "/.//evil.com" resolves to the path "//evil.com", which a browser would read as another host.
  if (!path.startsWith("/") || path.startsWith("//")) return "/";
  // What the browser will do with the answer: it must land on the same page of the same site.
  const again = new URL(path, base);
  return again.origin === base.origin && again.href === resolved.href ? path : "/";
}
