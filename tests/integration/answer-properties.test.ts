// Random answers against a real database: each is recorded exactly once, or refused with a clear
// message and no change at all. And two tabs answering the same question at once both count, in order.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors/app-error";
import { newCardState, schedule, type CardState } from "../../lib/srs/scheduler";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let study: typeof import("../../lib/study/answer");
let userId: string;

beforeAll(async () => {
  t = await useAppDatabase();
  study = await import("../../lib/study/answer");
  userId = (await t.db.user.create({ data: { isGuest: true } })).id;
});
afterAll(() => t.close());

const counts = async () => ({ reviews: await t.db.review.count(), cards: await t.db.card.count() });

describe("answers with random input", () => {
  it("are recorded once or refused with a message, never half-done", async () => {
    const setId = fc.constantFrom("the-call", "flashpoints", "", "nope", "the-call'; DROP TABLE Card; --");
    const questionId = fc.constantFrom("call-weekday", "woodside-promise", "red-line", "", "missing", "💥".repeat(50));
    const response = fc.oneof(fc.string({ maxLength: 600 }), fc.constantFrom("Tuesday", "red line"));
    const selfGrade = fc.option(fc.constantFrom(1, 2, 3, 4), { nil: undefined });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(setId, questionId, response, selfGrade, async (set, question, text, grade) => {
        const before = await counts();
        try {
          await study.recordAnswer({
            userId,
            setId: set,
            questionId: question,
            clientId: `prop-${n++}`,
            response: text,
            selfGrade: grade as never,
          });
          const after = await counts();
          expect(after.reviews).toBe(before.reviews + 1);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as Error).message.length).toBeGreaterThan(10);
          expect(await counts()).toEqual(before);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("two tabs answering the same question at once", () => {
  it("both count, one after the other, and the card agrees with the log", async () => {
    const learner = (await t.db.user.create({ data: { isGuest: true } })).id;
    const now = new Date();
    const answer = (clientId: string, response: string) =>
      study.recordAnswer({ userId: learner, setId: "the-call", questionId: "call-length", clientId, response, now });
    await Promise.all([answer("tab-a", "An hour and 45 minutes"), answer("tab-b", "An hour")]);

    const log = await t.db.review.findMany({
      where: { userId: learner },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    });
    expect(log).toHaveLength(2);
    // Replaying the log in the order it was written gives exactly the stored card.
    let replay: CardState = newCardState(now);
    for (const r of log) {
      expect(r.stateBefore === null ? null : JSON.parse(r.stateBefore).reps).toBe(r === log[0] ? null : replay.reps);
      replay = schedule(replay, r.rating as never, now);
    }
    const card = await t.db.card.findUniqueOrThrow({
      where: { userId_questionId: { userId: learner, questionId: "call-length" } },
    });
    expect({ reps: card.reps, due: card.due, stability: card.stability, version: card.version }).toEqual({
      reps: 2,
      due: replay.due,
      stability: replay.stability,
      version: 1,
    });
  });

  it("many at once on a new question: each is stored once or refused with a message, and the card agrees", async () => {
    for (const questionId of ["call-weekday", "red-line", "call-length"]) {
      const learner = (await t.db.user.create({ data: { isGuest: true } })).id;
      const now = new Date();
      const outcomes = await Promise.allSettled(
        Array.from({ length: 6 }, (_, tab) =>
          study.recordAnswer({
            userId: learner,
            setId: questionId === "red-line" ? "flashpoints" : "the-call",
            questionId,
            clientId: `${questionId}-tab-${tab}`,
            response: "Tuesday",
            now,
          }),
        ),
      );
      for (const o of outcomes) {
        if (o.status === "rejected") {
          expect(o.reason).toBeInstanceOf(AppError);
          expect(o.reason.message).toMatch(/another tab/);
        }
      }
      const stored = outcomes.filter((o) => o.status === "fulfilled").length;
      expect(stored).toBeGreaterThan(0);
      const log = await t.db.review.findMany({ where: { userId: learner } });
      expect(log).toHaveLength(stored);
      const card = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner, questionId } } });
      expect(card.reps).toBe(stored);
      expect(card.version).toBe(stored - 1);
    }
  });

  it("the same answer sent many times at once is stored once, and every reply is the same", async () => {
    const learner = (await t.db.user.create({ data: { isGuest: true } })).id;
    const input = {
      userId: learner,
      setId: "the-call",
      questionId: "call-weekday",
      clientId: "double-click",
      response: "Tuesday",
    };
    const replies = await Promise.all(Array.from({ length: 6 }, () => study.recordAnswer(input)));
    expect(new Set(replies.map((r) => r.reviewId)).size).toBe(1);
    expect(await t.db.review.count({ where: { userId: learner } })).toBe(1);
    expect(
      (
        await t.db.card.findUniqueOrThrow({
          where: { userId_questionId: { userId: learner, questionId: "call-weekday" } },
        })
      ).reps,
    ).toBe(1);
  });
});

describe("overruling a verdict, after any run of answers and undos", () => {
  it("changes nothing unless it is the learner's latest standing wrong typed answer, and then schedules it from the state before as Good", async () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant("answer" as const),
        response: fc.constantFrom("Guangzhou", "Beijing", "Guangzou", "Shanghai", "Canton", ""),
      }),
      fc.record({ kind: fc.constant("undo" as const) }),
    );
    let run = 0;
    const outcomes = { overruled: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.boolean(),
        async (steps, pick, asStranger) => {
          const learner = (await t.db.user.create({ data: { isGuest: true } })).id;
          const stranger = (await t.db.user.create({ data: { isGuest: true } })).id;
          const t0 = new Date("2026-11-23T09:00:00Z").getTime();
          for (const [i, s] of steps.entries()) {
            const now = new Date(t0 + i * 3_600_000);
            if (s.kind === "undo") await study.undoLastAnswer(learner, "diplomacy-ahead", now);
            else
              await study.recordAnswer({
                userId: learner,
                setId: "diplomacy-ahead",
                questionId: "yellen-cities",
                clientId: `overrule-${run}-${i}`,
                response: s.response,
                now,
              });
          }
          run++;
          const log = await t.db.review.findMany({ where: { userId: learner }, orderBy: { reviewedAt: "asc" } });
          fc.pre(log.length > 0);
          const target = log[pick % log.length];
          const standing = log.filter((r) => r.undoneAt === null);
          const mayOverrule =
            !asStranger &&
            target.correct === false &&
            target.undoneAt === null &&
            standing[standing.length - 1]?.id === target.id;
          const card = () =>
            t.db.card.findUnique({ where: { userId_questionId: { userId: learner, questionId: "yellen-cities" } } });
          const cardBefore = await card();
          try {
            await study.overruleVerdict(asStranger ? stranger : learner, target.id, new Date(t0 + 10 * 3_600_000));
            expect(mayOverrule).toBe(true);
            outcomes.overruled++;
            const before = target.stateBefore ? JSON.parse(target.stateBefore) : null;
            const expected = schedule(
              before
                ? {
                    ...before,
                    due: new Date(before.due),
                    lastReview: before.lastReview ? new Date(before.lastReview) : null,
                  }
                : newCardState(target.reviewedAt),
              3,
              target.reviewedAt,
            );
            expect(await card()).toMatchObject({
              reps: expected.reps,
              due: expected.due,
              stability: expected.stability,
            });
            expect(await t.db.review.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
              correct: true,
              rating: 3,
              answer: target.answer,
            });
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            expect(mayOverrule).toBe(false);
            outcomes.refused++;
            expect(await card()).toEqual(cardBefore);
            expect(await t.db.review.findMany({ where: { userId: learner }, orderBy: { reviewedAt: "asc" } })).toEqual(
              log,
            );
          }
        },
      ),
      { numRuns: 40 },
    );
    // Both ways were taken, or the property proved nothing.
    expect(outcomes.overruled).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});
