// Sign-in links by email that survive mail scanners. Schools' mail systems (Safe Links, Proofpoint,
// Mimecast) open every link in an email before the person does, so opening the link only shows a page
// (findSignInLink); the token is spent by that page's button, a POST (spendSignInLink). The links
// themselves are made in lib/auth/sign-in-link-url.ts.
import { createHash } from "node:crypto";
import { config } from "../config";
import { db } from "../db/client";
import { normalizeEmail } from "./accounts";
import { adoptGuest } from "./adopt-guest";
import type { Viewer } from "./viewer";
import { SESSION_USER, sessionUserFromRow, type SessionUser } from "./session";

// As next-auth stores the token (next-auth/core/lib/utils.js hashToken): sha256 of the token and the secret.
function storedToken(token: string): string {
  return createHash("sha256").update(`${token}${config().authSecret}`).digest("hex");
}

/** Whether the link can still sign in: its token exists for this address and has not expired. Spends nothing. */
export async function findSignInLink(token: string, email: string, now = new Date()): Promise<boolean> {
  if (!token || !email) return false;
  const row = await db.verificationToken.findUnique({
    where: { token: storedToken(token) },
    select: { identifier: true, expires: true },
  });
  return Boolean(row && row.identifier === email && row.expires > now);
}

/**
 * Spends the link and answers the account it signs in to, or null when the link is unknown, expired or
 * already used. The token is deleted and checked in one statement, so of two posts at once only one
 * signs in. The account is found by normalised address or made (a student, with no name); a guest who
 * signs in (`current`) brings their progress to it.
 */
export async function spendSignInLink(
  token: string,
  email: string,
  current: Viewer | null,
  now = new Date(),
): Promise<SessionUser | null> {
  if (!token || !email) return null;
  const spent = await db.verificationToken.deleteMany({
    where: { token: storedToken(token), identifier: email, expires: { gt: now } },
  });
  if (spent.count !== 1) return null;
  const address = normalizeEmail(email);
  const user = await db.user.upsert({
    where: { email: address },
    create: { email: address, emailVerified: now },
    update: { emailVerified: now },
    select: SESSION_USER,
  });
  if (current?.isGuest) await adoptGuest(current.id, user.id);
  return sessionUserFromRow(user);
}
