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

/**
 * The current learner, or null when nobody is signed in (or their account is gone). Looked up once per
 * render: the header and the page share the answer.
 */
export const getLearner = cache(async (): Promise<Learner | null> => {
  // The session cookie's JWT, decoded as next-auth's getServerSession would, without its work of
  // re-issuing the cookie (which a server component cannot set anyway).
  // Only the cookie counts: no headers are passed, so getToken's "Authorization: Bearer" route is closed.
  const token = await getToken({ req: { cookies: await cookies(), headers: new Headers() } as never, secret: config().authSecret, secureCookie: secureCookies() });
  const id = token?.sub;
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
