// next-auth's configuration. Sessions are JWTs in an HttpOnly cookie; users, OAuth accounts and
// email verification tokens live in our database through next-auth's Prisma adapter. A guest is a
// real User row (isGuest), so accounts extend it.
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import { config } from "../config";
import { db } from "../db/client";
import { safeReturnPath } from "../http/return-path";
import { routes } from "../routes";
import { authProviders } from "./providers";

export const SESSION_MAX_AGE = 60 * 60 * 24 * 365;

/** The JWT claim that holds the user's sessionVersion when the session was made (lib/auth/viewer.ts checks it). */
export const SESSION_VERSION_CLAIM = "sv";

export function secureCookies(): boolean {
  return config().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

export const authOptions: NextAuthOptions = {
  secret: config().authSecret,
  // The adapter's types name @prisma/client's class; ours is generated elsewhere with the same API.
  adapter: PrismaAdapter(db as never),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  useSecureCookies: secureCookies(),
  providers: authProviders(config()),
  pages: { signIn: routes.signIn(), verifyRequest: routes.checkEmail(), error: routes.signIn() },
  callbacks: {
    // Every callbackUrl next-auth is given (sign-in links, OAuth) lands on this site only.
    redirect: ({ url, baseUrl }) => new URL(safeReturnPath(url, baseUrl), baseUrl).href,
    jwt: ({ token, user }) => {
      // `user` is the adapter's User row, present only when the session is made.
      if (user) token[SESSION_VERSION_CLAIM] = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      return token;
    },
    session: ({ session, token }) => ({
      ...session,
      user: { ...session.user, id: token.sub ?? "" },
    }),
  },
};
