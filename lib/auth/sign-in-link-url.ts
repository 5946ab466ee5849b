// The address of an emailed sign-in link: our own page (app/(auth)/sign-in/link), which spends nothing
// when opened, not next-auth's callback, whose GET spends the token. Pure: next-auth's options use it.
import { safeReturnPath } from "../http/return-path";

/** The page an emailed link opens: it shows who is signing in and a button that signs them in. */
export const SIGN_IN_LINK_PATH = "/sign-in/link";
/** Where that page's button posts. */
export const USE_SIGN_IN_LINK_PATH = "/sign-in/link/use";

/** What an emailed link carries: next-auth's token (as mailed, not hashed), the address, and where to go after. */
export type SignInLink = { token: string; email: string; next: string };

/**
 * The link to email instead of next-auth's own callback (`/api/auth/callback/email?callbackUrl&token&email`,
 * whose GET spends the token): the same token and address, on our page, with the return path made safe.
 */
export function signInLinkUrl(nextAuthUrl: string): string {
  const url = new URL(nextAuthUrl);
  const link = new URL(SIGN_IN_LINK_PATH, url.origin);
  link.search = new URLSearchParams({
    token: url.searchParams.get("token") ?? "",
    email: url.searchParams.get("email") ?? "",
    next: safeReturnPath(url.searchParams.get("callbackUrl"), url.origin),
  }).toString();
  return link.href;
}

/** The address of our page for a link's parts (used to send next-auth's old callback links there too). */
export function signInLinkPath(link: Partial<SignInLink>): string {
  return `${SIGN_IN_LINK_PATH}?${new URLSearchParams({ token: link.token ?? "", email: link.email ?? "", next: link.next ?? "/" })}`;
}
