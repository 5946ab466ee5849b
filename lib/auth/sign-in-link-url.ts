// The address of an emailed sign-in link: our own page (app/(auth)/sign-in/link), which spends nothing
// when opened, not next-auth's callback, whose GET spends the token. Pure: next-auth's options use it.
import type { Route } from "next";
import { safeReturnPath } from "../http/return-path";
import { routes } from "../routes";

/** What an emailed link carries: next-auth's token (as mailed, not hashed), the address, and where to go after. */
export type SignInLink = { token: string; email: string; next: string };

/**
 * The link to email instead of next-auth's own callback (`/api/auth/callback/email?callbackUrl&token&email`,
 * whose GET spends the token): the same token and address, on our page, with the return path made safe.
 */
export function signInLinkUrl(nextAuthUrl: string): string {
  const url = new URL(nextAuthUrl);
  const path = signInLinkPath({
    token: url.searchParams.get("token") ?? "",
    email: url.searchParams.get("email") ?? "",
    next: safeReturnPath(url.searchParams.get("callbackUrl"), url.origin),
  });
  return new URL(path, url.origin).href;
}

/** The address of our page for a link's parts (used to send next-auth's old callback links there too). */
export function signInLinkPath(link: Partial<SignInLink>): Route {
  return routes.signInLink({ token: link.token ?? "", email: link.email ?? "", next: link.next ?? "/" });
}
