// Who is asking, in the App Router: the viewer its cookies name (lib/auth/viewer.ts), and signing in and out.
import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { config } from "../config";
import { db } from "../db/client";
import { VIEWER_COLUMNS, viewerFromCookies, viewerFromRow, type Viewer } from "./viewer";
import { secureCookies, SESSION_MAX_AGE, SESSION_VERSION_CLAIM, sessionCookieName } from "./options";

export type { Viewer } from "./viewer";

/**
 * The current viewer, or null when nobody is signed in (or their account is gone). Looked up once per
 * render: the header and the page share the answer.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerFromCookies((await cookies()).getAll()));

/** A user as a session is made for them: who they are, and their current User.sessionVersion. */
export type SessionUser = Viewer & { sessionVersion: number };

/** What to select from User to make a session with signInAs. */
export const SESSION_USER = { ...VIEWER_COLUMNS, sessionVersion: true } as const;

/** A SessionUser from a row selected with SESSION_USER. */
export function sessionUserFromRow(row: Parameters<typeof viewerFromRow>[0] & { sessionVersion: number }): SessionUser {
  return { ...viewerFromRow(row), sessionVersion: Number(row.sessionVersion) };
}

/** The session cookie's value for a user: a next-auth JWT, valid for a year, naming their current session version. */
export function sessionToken(user: SessionUser): Promise<string> {
  return encode({
    token: {
      sub: user.id,
      role: user.role,
      isGuest: user.isGuest,
      name: user.name,
      [SESSION_VERSION_CLAIM]: user.sessionVersion,
    },
    secret: config().authSecret,
    maxAge: SESSION_MAX_AGE,
  });
}

/**
 * Signs a user in: a session cookie (sessionToken) that lasts until their sessionVersion changes
 * (lib/auth/viewer.ts). Replaces this browser's cookie only.
 */
export async function signInAs(user: SessionUser): Promise<void> {
  (await cookies()).set(sessionCookieName(), await sessionToken(user), {
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
export async function startGuestSession(timeZone?: string): Promise<Viewer> {
  const user = sessionUserFromRow(await db.user.create({ data: { isGuest: true, timeZone }, select: SESSION_USER }));
  await signInAs(user);
  return user;
}
