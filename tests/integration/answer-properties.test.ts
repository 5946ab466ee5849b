// Random answers against a real database: each is recorded exactly once, or refused with a clear
// message and no change at all. And two tabs answering the same question at once both count, in order.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
    await fc.assert(fc.asyncProperty(setId, questionId, response, selfGrade, async (set, question, text, grade) => {
      const before = await counts();
      try {
        await study.recordAnswer({ userId, setId: set, questionId: question, clientId: `prop-${n++}`, response: text, selfGrade: grade as never });
        const after = await counts();
        expect(after.reviews).toBe(before.reviews + 1);
      } catch (error) {
        expect(error).toBeInstanceOf(study.StudyError);
        expect((error as Error).message.length).toBeGreaterThan(10);
        expect(await counts()).toEqual(before);
      }
    }), { numRuns: 150 });
  });
});

describe("two tabs answering the same question at once", () => {
  it("both count, one after the other, and the card agrees with the log", async () => {
    const learner = (await t.db.user.create({ data: { isGuest: true } })).id;
    const now = new Date();
    const answer = (clientId: string, response: string) =>
      study.recordAnswer({ userId: learner, setId: "the-call", questionId: "call-length", clientId, response, now });
    await Promise.all([answer("tab-a", "An hour and 45 minutes"), answer("tab-b", "An hour")]);

    const log = await t.db.review.findMany({ where: { userId: learner }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
    expect(log).toHaveLength(2);
    // Replaying the log in the order it was written gives exactly the stored card.
    let replay: CardState = newCardState(now);
    for (const r of log) {
      expect(r.stateBefore === null ? null : JSON.parse(r.stateBefore).reps).toBe(r === log[0] ? null : replay.reps);
      replay = schedule(replay, r.rating as never, now);
    }
    const card = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner, questionId: "call-length" } } });
    expect({ reps: card.reps, due: card.due, stability: card.stability, version: card.version }).toEqual({ reps: 2, due: replay.due, stability: replay.stability, version: 1 });
  });
});
