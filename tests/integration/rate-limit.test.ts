// Rate limits in the database: a window of attempts per key, refused with the time to wait.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hit, hitAll, tryAgainIn } from "../../lib/http/rate-limit";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase();
});
afterEach(() => t.close());

const limit = { max: 3, windowMs: 60_000 };
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 9, 0, seconds));

describe("rate limits", () => {
  it("allow up to the limit in a window, then say how long to wait", async () => {
    for (const s of [0, 10, 20]) expect(await hit(t.db, "sign-in:email:a", limit, at(s))).toEqual({ ok: true });
    expect(await hit(t.db, "sign-in:email:a", limit, at(30))).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(await hit(t.db, "sign-in:email:b", limit, at(30))).toEqual({ ok: true });
  });

  it("let exactly the limit through when attempts arrive all at once", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => hit(t.db, "burst", limit, at(0))));
    expect(results.filter((r) => r.ok)).toHaveLength(limit.max);
    expect(results.filter((r) => !r.ok)).toHaveLength(20 - limit.max);
  });

  it("open again once the window has passed", async () => {
    for (const s of [0, 1, 2, 3]) await hit(t.db, "k", limit, at(s));
    expect(await hit(t.db, "k", limit, at(60))).toEqual({ ok: true });
    expect((await t.db.rateLimit.findUniqueOrThrow({ where: { key: "k" } })).count).toBe(1);
  });

  it("are shared by every process using the database", async () => {
    const second = (await import("../../lib/db/prisma-client")).createPrismaClient(t.url);
    try {
      for (const s of [0, 1]) await hit(t.db, "shared", limit, at(s));
      await hit(second, "shared", limit, at(2));
      expect((await hit(t.db, "shared", limit, at(3))).ok).toBe(false);
    } finally {
      await second.$disconnect();
    }
  });

  it("skip the per-address limit when no address is known (no trusted proxy)", async () => {
    const strict = { max: 1, windowMs: 600_000 };
    const { perAddress } = await import("../../lib/http/rate-limit");
    expect(perAddress("sign-in", null)).toBeNull();
    for (const s of [0, 1, 2])
      expect(await hitAll(t.db, [[perAddress("sign-in", null), strict]], at(s))).toEqual({ ok: true });
    expect(await t.db.rateLimit.count()).toBe(0);
  });

  it("need every limit to allow an attempt, and report the longest wait", async () => {
    const strict = { max: 1, windowMs: 600_000 };
    await hit(t.db, "ip", strict, at(0));
    expect(
      await hitAll(
        t.db,
        [
          ["email", limit],
          ["ip", strict],
        ],
        at(0),
      ),
    ).toEqual({ ok: false, retryAfterSeconds: 600 });
    expect(tryAgainIn(600)).toBe("Try again in 10 minutes.");
    expect(tryAgainIn(20)).toBe("Try again in a minute.");
  });
});
