// The hot paths' own driver (lib/db/direct/driver.ts) on a real migrated database, SQLite and PostgreSQL: what it
// writes reads back through Prisma as if Prisma had written it, it waits for a transaction Prisma holds
// open rather than failing or blocking it, and the database's own errors are recognised.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUniqueViolation } from "../../lib/db/errors";
import { openDirectSql, run, type Driver } from "../../lib/db/direct/driver";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let study: typeof import("../../lib/study/answer");
let sql: Driver;
const now = new Date("2026-11-23T09:15:30.125Z");

beforeAll(async () => {
  t = await useAppDatabase();
  study = await import("../../lib/study/answer");
  sql = openDirectSql(t.url);
});
afterAll(async () => {
  await sql.close();
  await t.close();
});

describe("the direct driver", () => {
  it("writes an answer that Prisma reads back exactly, stored in Prisma's own form", async () => {
    const { id: userId } = await t.db.user.create({ data: { isGuest: true } });
    const result = await study.recordAnswer({
      userId,
      setId: "the-call",
      questionId: "call-weekday",
      clientId: "direct-1",
      response: "Tuesday",
      durationMs: 900,
      now,
    });
    expect(result).toMatchObject({ correct: true, rating: 3 });

    const review = await t.db.review.findUniqueOrThrow({ where: { id: result.reviewId } });
    expect(review).toMatchObject({
      userId,
      correct: true,
      rating: 3,
      answer: "Tuesday",
      durationMs: 900,
      mode: "SCHEDULED",
      undoneAt: null,
      stateBefore: null,
    });
    expect(review.reviewedAt).toEqual(now);
    const card = await t.db.card.findUniqueOrThrow({
      where: { userId_questionId: { userId, questionId: "call-weekday" } },
    });
    expect(card.lastReview).toEqual(now);
    expect(card.createdAt).toEqual(now);
    // Prisma's own comparisons find the row by its time, on either side of it.
    expect(await t.db.review.count({ where: { userId, reviewedAt: { gte: now, lte: now } } })).toBe(1);
    expect(await t.db.review.count({ where: { userId, reviewedAt: { gt: now } } })).toBe(0);

    // Stored as Prisma stores a time: ISO text ending +00:00 on SQLite, a UTC timestamp on PostgreSQL.
    const [stored] = await t.db.$queryRawUnsafe<{ at: string }[]>(
      t.provider === "sqlite"
        ? `SELECT "reviewedAt" || '' AS at FROM "Review" WHERE "id" = ?`
        : `SELECT "reviewedAt"::text AS at FROM "Review" WHERE "id" = $1`,
      result.reviewId,
    );
    expect(stored.at).toBe(t.provider === "sqlite" ? "2026-11-23T09:15:30.125+00:00" : "2026-11-23 09:15:30.125");
  });

  it("waits for a transaction Prisma holds open, then records the answer", async () => {
    const { id: userId } = await t.db.user.create({ data: { isGuest: true } });
    let answered = false;
    let pending: Promise<unknown> = Promise.resolve();
    await t.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { name: "Holding the write lock" } });
      pending = study
        .recordAnswer({
          userId,
          setId: "the-call",
          questionId: "call-length",
          clientId: "direct-2",
          response: "An hour and 45 minutes",
          now,
        })
        .then(() => (answered = true));
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    await pending;
    expect(answered).toBe(true);
    expect(await t.db.review.count({ where: { userId, clientId: "direct-2" } })).toBe(1);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: userId } })).name).toBe("Holding the write lock");
  });

  it("rolls a failed transaction back whole and reports a taken key as a unique violation", async () => {
    const { id: userId } = await t.db.user.create({ data: { isGuest: true } });
    const insert = (n: number) =>
      run(`INSERT INTO "StudySetting" ("userId", "setId", "newPerDay") VALUES (?, ?, ?)`, userId, "the-call", n);
    await sql.transaction(function* () {
      yield insert(5);
    });
    const error = await sql
      .transaction(function* () {
        yield run(`UPDATE "User" SET "name" = ? WHERE "id" = ?`, "Never saved", userId);
        yield insert(7);
      })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await t.db.studySetting.findMany({ where: { userId }, select: { newPerDay: true } })).toEqual([
      { newPerDay: 5 },
    ]);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: userId } })).name).toBeNull();
  });
});
