// Accounts: sign-up (a guest who signs up keeps their progress: the same row becomes the account),
// sign-in by password (a guest who signs in brings theirs), change of password, ending every session,
// and deletion with everything that is the account's.
import "server-only";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors/app-error";
import { adoptGuest } from "./adopt-guest";
import { canonicalZone } from "../calendar/zones";
import { hashPassword, verifyPassword } from "./password";
import { SESSION_USER, sessionUserFromRow, type Viewer, type SessionUser } from "./session";

/** `timeZone`: the browser's IANA zone, already checked (lib/calendar/zones.ts), or undefined when unknown. */
export type SignUpInput = {
  name: string;
  email: string;
  password: string;
  role: "STUDENT" | "TEACHER";
  timeZone?: string;
};

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function signUp(input: SignUpInput, current: Viewer | null): Promise<SessionUser> {
  const email = normalizeEmail(input.email);
  const taken = () => new AppError("email-taken", { field: "email" });
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw taken();
  // Without a zone from the browser (no JavaScript), a guest's own zone, if known, is kept.
  const data = {
    name: input.name.trim(),
    email,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    isGuest: false,
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
  };
  try {
    if (current?.isGuest)
      return sessionUserFromRow(await db.user.update({ where: { id: current.id }, data, select: SESSION_USER }));
    return sessionUserFromRow(await db.user.create({ data, select: SESSION_USER }));
  } catch (error) {
    // Two sign-ups with one email at once: the check above passed for both, the unique key did not.
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}

/**
 * The account for these credentials, or null: the message never says which of the two was wrong. A
 * guest who signs in (`current`) brings their progress to the account (lib/auth/adopt-guest.ts).
 */
export async function signInWithPassword(
  email: string,
  password: string,
  current: Viewer | null = null,
): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { ...SESSION_USER, passwordHash: true },
  });
  if (!user || !(await verifyPassword(user.passwordHash, password))) return null;
  const { passwordHash: _hash, ...account } = user;
  if (current?.isGuest) await adoptGuest(current.id, account.id);
  return sessionUserFromRow(account);
}

/**
 * Sets a new password (checking the current one, when there is one) and ends every session of the
 * account: its sessionVersion goes up. Answers the user as it now is, for signInAs to keep the
 * browser that asked signed in. Throws AppError "wrong-password" for a wrong current password.
 */
export async function changePassword(userId: string, current: string, next: string): Promise<SessionUser> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, current))) {
    throw new AppError("wrong-password", { field: "currentPassword" });
  }
  return sessionUserFromRow(
    await db.user.update({
      where: { id: userId },
      data: { passwordHash: await hashPassword(next), sessionVersion: { increment: 1 } },
      select: SESSION_USER,
    }),
  );
}

/** Ends every session of the account, on every device, at its next request: its sessionVersion goes up. */
export async function endAllSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Name and role; people who arrive by email link or OAuth start as students and may change it here. */
export async function updateProfile(
  userId: string,
  profile: { name: string; role: "STUDENT" | "TEACHER" },
): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { name: profile.name.trim(), role: profile.role } });
}

/** Deletes the account; its cards, reviews, settings, sessions, classes and memberships go with it. */
export async function deleteAccount(userId: string): Promise<void> {
  await db.user.delete({ where: { id: userId } });
}

/** Where a person's study days start: an IANA zone (already checked) and a rollover hour, 0–23. */
export async function updateStudyClock(
  userId: string,
  clock: { timeZone: string; rolloverHour: number },
): Promise<void> {
  await db.user.update({ where: { id: userId }, data: clock });
}

/**
 * Records the browser's zone (a form's `timeZone` field, components/browser-time-zone-input.tsx) for
 * someone whose zone is not known yet; a zone already known is never overwritten, and a missing or
 * invalid one is ignored. Called wherever a person starts studying or signs in with a form.
 */
export async function rememberBrowserZone(userId: string, given: unknown): Promise<void> {
  const timeZone = canonicalZone(given);
  if (timeZone) await db.user.updateMany({ where: { id: userId, timeZone: null }, data: { timeZone } });
}
