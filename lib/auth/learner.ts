// Who a request's cookies say is asking: the signed-in (or guest) learner, checked against the database
// on every call. Free of next/headers, so the App Router (lib/auth/session.ts) and the Pages Router's
// study page (pages/sets/[setId]/study.tsx) share it. Server code only: it reads the database.
import { getToken } from "next-auth/jwt";
import { canonicalZone } from "../calendar/zones";
import { config } from "../config";
import { directSql } from "../direct-sql";
import { secureCookies, sessionCookieName } from "./options";

/**
 * Who is asking. `timeZone` is always a usable IANA zone: theirs, or DEFAULT_TIME_ZONE while
 * `timeZoneChosen` is false (their browser has not told us and they have not picked one on /account).
 * `rolloverHour` (0–23, local) is when their study day starts.
 */
export type Learner = {
  id: string; role: "STUDENT" | "TEACHER"; isGuest: boolean; name: string | null;
  timeZone: string; timeZoneChosen: boolean; rolloverHour: number;
};

/** The columns of "User" a Learner is made from, as Prisma's `select` and for learnerFromRow. */
export const LEARNER_COLUMNS = { id: true, role: true, isGuest: true, name: true, timeZone: true, rolloverHour: true } as const;

type LearnerRow = Omit<Learner, "timeZone" | "timeZoneChosen" | "isGuest"> & { timeZone: string | null; isGuest: boolean | number };

/** A Learner from its "User" row: a missing (or no longer known) zone becomes DEFAULT_TIME_ZONE. */
export function learnerFromRow(row: LearnerRow): Learner {
  const zone = canonicalZone(row.timeZone);
  return { ...row, isGuest: Boolean(row.isGuest), timeZone: zone ?? config().DEFAULT_TIME_ZONE, timeZoneChosen: zone !== null, rolloverHour: Number(row.rolloverHour) };
}

export type CookieList = { name: string; value: string }[];

// Decoding the session's JWT (an HKDF key derivation and an AES-GCM decryption) was about 6% of an
// answer's CPU, and the same cookie comes back on every request: its subject is remembered, by the exact
// cookie text, until the token expires. Bounded: cleared when it holds too many.
const decoded = new Map<string, { sub: string | undefined; exp: number }>();
const DECODED_MAX = 10_000;

/** The user id in the session cookie, or undefined when there is no valid session cookie. */
async function sessionSubject(cookies: CookieList): Promise<string | undefined> {
  const name = sessionCookieName();
  const mine = cookies.filter((c) => c.name === name || c.name.startsWith(`${name}.`));
  const raw = mine.map((c) => `${c.name}=${c.value}`).join("; ");
  if (!raw) return undefined;
  const known = decoded.get(raw);
  if (known && known.exp * 1000 > Date.now()) return known.sub;
  // Decoded as next-auth's getServerSession would, without its work of re-issuing the cookie (which a
  // server component cannot set anyway). Only the cookie counts: no headers are passed, so getToken's
  // "Authorization: Bearer" route is closed.
  const token = await getToken({ req: { cookies: { getAll: () => mine }, headers: new Headers() } as never, secret: config().authSecret, secureCookie: secureCookies() });
  if (!token) return undefined;
  if (decoded.size >= DECODED_MAX) decoded.clear();
  decoded.set(raw, { sub: token.sub, exp: Number(token.exp ?? 0) });
  return token.sub;
}

/** The learner the cookies name, or null when nobody is signed in (or their account is gone). */
export async function learnerFromCookies(cookies: CookieList): Promise<Learner | null> {
  const id = await sessionSubject(cookies);
  if (!id) return null;
  // On the driver itself: asked on every request, where Prisma's per-query overhead is most of the cost.
  const user = await directSql().one<LearnerRow>(`SELECT "id", "role", "isGuest", "name", "timeZone", "rolloverHour" FROM "User" WHERE "id" = ?`, id);
  return user ? learnerFromRow(user) : null;
}
