// Who is asking, in the App Router: the learner its cookies name (lib/auth/learner.ts), and signing in and out.
import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { config } from "../config";
import { db } from "../db";
import { LEARNER_COLUMNS, learnerFromCookies, learnerFromRow, type Learner } from "./learner";
import { secureCookies, SESSION_MAX_AGE, sessionCookieName } from "./options";

export type { Learner } from "./learner";

/**
 * The current learner, or null when nobody is signed in (or their account is gone). Looked up once per
 * render: the header and the page share the answer.
 */
export const getLearner = cache(async (): Promise<Learner | null> => learnerFromCookies((await cookies()).getAll()));

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

/**
 * Starts studying at once: makes a guest user and signs it in. `timeZone` is the browser's IANA zone
 * when its page could tell (already checked with lib/calendar/zones.ts); without it the guest's days
 * follow DEFAULT_TIME_ZONE until they choose a zone on /account.
 */
export async function startGuestSession(timeZone?: string): Promise<Learner> {
  const user = learnerFromRow(await db.user.create({ data: { isGuest: true, timeZone }, select: LEARNER_COLUMNS }));
  await signInAs(user);
  return user;
}

/** The current learner, starting a guest session (in the browser's zone, if given) when there is none. For server actions only. */
export async function learnerOrGuest(timeZone?: string): Promise<Learner> {
  return (await getLearner()) ?? startGuestSession(timeZone);
}
