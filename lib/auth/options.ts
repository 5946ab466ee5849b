// next-auth's configuration. Sessions are JWTs in an HttpOnly cookie; a guest is a real User row
// (isGuest) whose session next-auth reads like any other, so accounts can later extend it.
import type { NextAuthOptions } from "next-auth";
import { config } from "../config";

export const SESSION_MAX_AGE = 60 * 60 * 24 * 365;

export function secureCookies(): boolean {
  return config().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

export const authOptions: NextAuthOptions = {
  secret: config().authSecret,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  useSecureCookies: secureCookies(),
  // Sign-in providers arrive with accounts; until then the only way in is a guest session.
  providers: [],
  callbacks: {
    session: ({ session, token }) => ({
      ...session,
      user: { ...session.user, id: token.sub ?? "", role: (token.role as string) ?? "STUDENT", isGuest: Boolean(token.isGuest) },
    }),
  },
};
