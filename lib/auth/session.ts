// Who is asking: the signed-in (or guest) learner, checked against the database on every call.
import "server-only";
import { encode, getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { config } from "../config";
import { db } from "../db";
import { directSql } from "../direct-sql";
import { secureCookies, SESSION_MAX_AGE, sessionCookieName } from "./options";

export type Learner = { id: string; role: "STUDENT" | "TEACHER"; isGuest: boolean; name: string | null };

// Decoding the session's JWT (an HKDF key derivation and an AES-GCM decryption) was about 6% of an
// answer's CPU, and the same cookie comes back on every request: its subject is remembered, by the exact
// cookie text, until the token expires. Bounded: cleared when it holds too many.
const decoded = new Map<string, { sub: string | undefined; exp: number }>();
const DECODED_MAX = 10_000;

/** The user id in the session cookie, or undefined when there is no valid session cookie. */
async function sessionSubject(): Promise<string | undefined> {
  const jar = await cookies();
  const name = sessionCookieName();
  const raw = jar.getAll().filter((c) => c.name === name || c.name.startsWith(`${name}.`)).map((c) => `${c.name}=${c.value}`).join("; ");
  if (!raw) return undefined;
  const known = decoded.get(raw);
  if (known && known.exp * 1000 > Date.now()) return known.sub;
  // Decoded as next-auth's getServerSession would, without its work of re-issuing the cookie (which a
  // server component cannot set anyway). Only the cookie counts: no headers are passed, so getToken's
  // "Authorization: Bearer" route is closed.
  const token = await getToken({ req: { cookies: jar, headers: new Headers() } as never, secret: config().authSecret, secureCookie: secureCookies() });
  if (!token) return undefined;
  if (decoded.size >= DECODED_MAX) decoded.clear();
  decoded.set(raw, { sub: token.sub, exp: Number(token.exp ?? 0) });
  return token.sub;
}

/**
 * The current learner, or null when nobody is signed in (or their account is gone). Looked up once per
 * render: the header and the page share the answer.
 */
export const getLearner = cache(async (): Promise<Learner | null> => {
  const id = await sessionSubject();
  if (!id) return null;
  // On the driver itself: asked on every request, where Prisma's per-query overhead is most of the cost.
  const user = await directSql().one<Learner>(`SELECT "id", "role", "isGuest", "name" FROM "User" WHERE "id" = ?`, id);
  return user ? { ...user, isGuest: Boolean(user.isGuest) } : null;
});

/** Signs a user in: a next-auth session cookie (JWT) for them, valid for a year. */
export async function signInAs(user: Learner): Promise<void> {
  const token = await encode({
    token: { sub: user.id, role: user.role, isGuest: user.isGuest, name: user.name },
    secret: config().authSecret,
    maxAge: SESSION_MAX_AGE,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: SESSION_MAX_AGE,
  });
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}

/** Starts studying at once: makes a guest user and signs it in. */
export async function startGuestSession(): Promise<Learner> {
  const user = await db.user.create({ data: { isGuest: true }, select: { id: true, role: true, isGuest: true, name: true } });
  await signInAs(user);
  return user;
}

/** The current learner, starting a guest session when there is none. For server actions only. */
export async function learnerOrGuest(): Promise<Learner> {
  return (await getLearner()) ?? startGuestSession();
}
