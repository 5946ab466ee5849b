// Rate limits held in the database, so they hold across every app instance: a fixed window of
// attempts per key. A refused attempt is told when it may try again.
import type { Database } from "../db/prisma-client";

export type Limit = { max: number; windowMs: number };
export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

const MINUTE = 60_000;
export const LIMITS = {
  signInPerEmail: { max: 10, windowMs: 15 * MINUTE },
  signInPerIp: { max: 50, windowMs: 15 * MINUTE },
  signUpPerIp: { max: 50, windowMs: 60 * MINUTE },
  magicLinkPerEmail: { max: 5, windowMs: 60 * MINUTE },
  magicLinkPerIp: { max: 30, windowMs: 60 * MINUTE },
  joinPerUser: { max: 10, windowMs: 10 * MINUTE },
} satisfies Record<string, Limit>;

export async function hit(db: Database, key: string, limit: Limit, now = new Date()): Promise<LimitResult> {
  // Count first, then look: one INSERT … ON CONFLICT DO UPDATE locks the key's row until the end of the
  // transaction, so attempts racing on PostgreSQL cannot all read "one left" and all get in.
  return db.$transaction(async (tx) => {
    const row = await tx.rateLimit.upsert({
      where: { key },
      create: { key, count: 1, windowStart: now },
      update: { count: { increment: 1 } },
    });
    if (now.getTime() - row.windowStart.getTime() >= limit.windowMs) {
      await tx.rateLimit.update({ where: { key }, data: { count: 1, windowStart: now } });
      return { ok: true };
    }
    if (row.count > limit.max) {
      return {
        ok: false,
        retryAfterSeconds: Math.ceil((row.windowStart.getTime() + limit.windowMs - now.getTime()) / 1000),
      };
    }
    return { ok: true };
  });
}

/** Every limit must allow the attempt; the longest wait wins. A null key (no address known) is skipped. */
export async function hitAll(db: Database, checks: [string | null, Limit][], now = new Date()): Promise<LimitResult> {
  let wait = 0;
  for (const [key, limit] of checks) {
    if (key === null) continue;
    const result = await hit(db, key, limit, now);
    if (!result.ok) wait = Math.max(wait, result.retryAfterSeconds);
  }
  return wait > 0 ? { ok: false, retryAfterSeconds: wait } : { ok: true };
}

export function perAddress(action: string, ip: string | null): string | null {
  return ip === null ? null : `${action}:ip:${ip}`;
}

export function tryAgainIn(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "Try again in a minute." : `Try again in ${minutes} minutes.`;
}
