// Who a request's cookies say is asking (the viewer: a student, a guest or a teacher), checked against the database
// on every call. Free of next/headers, so the App Router (lib/auth/session.ts) and the Pages Router's
// study and practice pages (pages/sets/[setId]/study.tsx, practice.tsx) share it. Server code only: it reads the database.
import { getToken } from "next-auth/jwt";
import { canonicalZone } from "../calendar/zones";
import { config } from "../config";
import { selectOf, VIEWER_USER_COLUMNS } from "../db/direct/columns";
import { selectSessionUser } from "../db/direct/session-user";
import { secureCookies, SESSION_VERSION_CLAIM, sessionCookieName } from "./options";

/**
 * Who is asking: any signed-in person, teachers too, or a guest. `timeZone` is always a usable IANA zone: theirs, or DEFAULT_TIME_ZONE while
 * `timeZoneChosen` is false (their browser has not told us and they have not picked one on /account).
 * `rolloverHour` (0–23, local) is when their study day starts.
 */
export type Viewer = {
  id: string;
  role: "STUDENT" | "TEACHER";
  isGuest: boolean;
  name: string | null;
  timeZone: string;
  timeZoneChosen: boolean;
  rolloverHour: number;
};

/** The columns of "User" a Viewer is made from (lib/db/direct/columns.ts), as Prisma's `select` and for viewerFromRow. */
export const VIEWER_COLUMNS = selectOf(VIEWER_USER_COLUMNS);

type ViewerRow = Omit<Viewer, "timeZone" | "timeZoneChosen" | "isGuest"> & {
  timeZone: string | null;
  isGuest: boolean | number;
};

/** A Viewer from its "User" row: a missing (or no longer known) zone becomes DEFAULT_TIME_ZONE. */
export function viewerFromRow(row: ViewerRow): Viewer {
  const zone = canonicalZone(row.timeZone);
  return {
    ...row,
    isGuest: Boolean(row.isGuest),
    timeZone: zone ?? config().DEFAULT_TIME_ZONE,
    timeZoneChosen: zone !== null,
    rolloverHour: Number(row.rolloverHour),
  };
}

export type CookieList = { name: string; value: string }[];

type Session = { sub: string | undefined; version: number; exp: number };

// Decoding the session's JWT (an HKDF key derivation and an AES-GCM decryption) is a measurable share of an
// answer (the README's Performance section), and the same cookie comes back on every request: its subject and
// session version are remembered, by the exact cookie text, until the token expires. Bounded: cleared when it
// holds too many.
const decoded = new Map<string, Session>();
const DECODED_MAX = 10_000;

/** The session in the cookie (user id and session version), or undefined when there is no valid session cookie. */
async function sessionIn(cookies: CookieList): Promise<Session | undefined> {
  const name = sessionCookieName();
  const mine = cookies.filter((c) => c.name === name || c.name.startsWith(`${name}.`));
  const raw = mine.map((c) => `${c.name}=${c.value}`).join("; ");
  if (!raw) return undefined;
  const known = decoded.get(raw);
  if (known && known.exp * 1000 > Date.now()) return known;
  // Decoded as next-auth's getServerSession would, without its work of re-issuing the cookie (which a
  // server component cannot set anyway). Only the cookie counts: no headers are passed, so getToken's
  // "Authorization: Bearer" route is closed.
  const token = await getToken({
    req: { cookies: { getAll: () => mine }, headers: new Headers() } as never,
    secret: config().authSecret,
    secureCookie: secureCookies(),
  });
  if (!token) return undefined;
  // Sessions made before session versions existed carry none: they belong to version 0.
  const session = { sub: token.sub, version: Number(token[SESSION_VERSION_CLAIM] ?? 0), exp: Number(token.exp ?? 0) };
  if (decoded.size >= DECODED_MAX) decoded.clear();
  decoded.set(raw, session);
  return session;
}

/**
 * The viewer the cookies name, or null when nobody is signed in, their account is gone, or the
 * session was ended by "sign out everywhere" or a password change (its version is older than the user's).
 */
export async function viewerFromCookies(cookies: CookieList): Promise<Viewer | null> {
  const session = await sessionIn(cookies);
  if (!session?.sub) return null;
  // On the driver itself: asked on every request, where Prisma's per-query overhead is most of the cost.
  const user = await selectSessionUser(session.sub);
  if (!user || Number(user.sessionVersion) !== session.version) return null;
  const { sessionVersion: _version, ...row } = user;
  return viewerFromRow(row);
}
