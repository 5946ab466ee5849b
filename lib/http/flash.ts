// A short-lived message carried across one redirect in a cookie: for text the server wrote that cannot travel as
// a code in the address (an import's refusal names the line at fault). The cookie is HttpOnly and SameSite=Lax,
// and signed with the app's secret (HMAC-SHA256), so the page shows only text this server wrote, and the value
// names a random id that the redirect's address repeats: the page shows the flash only where the redirect led,
// not on a later visit. A page (a Server Component) cannot clear a cookie in Next 16, so the flash clears itself:
// it expires after FLASH_MAX_AGE_S, and the next post to the same form replaces or clears it.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { z } from "zod";

/** How long a flash lives, in seconds: a redirect's round trip, with room for a slow phone. */
export const FLASH_MAX_AGE_S = 120;

export type FlashCookieOptions = {
  /** The cookie's Path: only the page that shows the flash receives it. */
  path: string;
  /** Adds `Secure` (the site is served over https). */
  secure: boolean;
};

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest("base64url");

function attributes(options: FlashCookieOptions, maxAgeSeconds: number): string {
  return `Path=${options.path}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${options.secure ? "; Secure" : ""}`;
}

/**
 * A `Set-Cookie` header value holding `value` (any JSON) as the flash `name`, signed with `secret`, expiring
 * `maxAgeSeconds` (default FLASH_MAX_AGE_S) after `now` (ms since the epoch); and `id`, the random id the redirect's
 * address must carry for readFlash to return it. Values past ~3,500 bytes are the caller's to shorten: browsers
 * drop cookies over 4 KB.
 */
export function flashCookie(
  name: string,
  value: unknown,
  secret: string,
  options: FlashCookieOptions,
  now = Date.now(),
  maxAgeSeconds = FLASH_MAX_AGE_S,
): { header: string; id: string } {
  const id = randomBytes(9).toString("base64url");
  const payload = Buffer.from(JSON.stringify({ id, exp: now + maxAgeSeconds * 1000, value })).toString("base64url");
  return { header: `${name}=${payload}.${sign(payload, secret)}; ${attributes(options, maxAgeSeconds)}`, id };
}

/** A `Set-Cookie` header value that removes the flash `name` (at the same Path it was set on). */
export function clearFlashCookie(name: string, options: FlashCookieOptions): string {
  return `${name}=; ${attributes(options, 0)}`;
}

/**
 * The flash in the cookie value `raw`, if it was signed with `secret`, is for the id `id` (from the address), has
 * not expired at `now` (ms) and matches `schema`; null otherwise (no cookie, tampered, another id, expired,
 * malformed), so nothing anyone else wrote is ever shown.
 */
export function readFlash<T>(
  raw: string | undefined,
  id: string | undefined,
  secret: string,
  schema: z.ZodType<T>,
  now = Date.now(),
): T | null {
  if (!raw || !id) return null;
  const [payload, signature, extra] = raw.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const { id: flashId, exp, value } = (parsed ?? {}) as { id?: unknown; exp?: unknown; value?: unknown };
  if (flashId !== id || typeof exp !== "number" || exp <= now) return null;
  const checked = schema.safeParse(value);
  return checked.success ? checked.data : null;
}
