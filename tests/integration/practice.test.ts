// Practice mode quizzes every question of a set and changes nothing in the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Rating } from "../../lib/srs/scheduler";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let practice: typeof import("../../lib/study/practice");
let study: typeof import("../../lib/study/answer");

beforeAll(async () => {
  t = await useAppDatabase();
  practice = await import("../../lib/study/practice");
  study = await import("../../lib/study/answer");
});
afterAll(() => t.close());

async function snapshot() {
  return {
    cards: await t.db.card.findMany({ orderBy: { id: "asc" } }),
    reviews: await t.db.review.findMany({ orderBy: { id: "asc" } }),
    settings: await t.db.studySetting.findMany(),
  };
}

describe("practice mode", () => {
  it("quizzes every question once, in shuffled order, scores it, and writes nothing", async () => {
    const user = await t.db.user.create({ data: { isGuest: true } });
    await study.recordAnswer({
      userId: user.id,
      setId: "the-call",
      questionId: "call-weekday",
      clientId: "practice-seed-1",
      response: "Tuesday",
    });
    const before = await snapshot();

    let state = (await practice.startPractice("the-call"))!;
    const ids = await t.db.question.findMany({
      where: { setId: "the-call", archivedAt: null },
      select: { id: true, type: true, answers: true },
    });
    expect([...state.order].sort()).toEqual(ids.map((q) => q.id).sort());

    const answerOf = new Map(ids.map((q) => [q.id, q]));
    const missOn = new Set(["call-length", "call-not-for-announcements"]);
    for (const id of state.order) {
      const q = answerOf.get(id)!;
      const right = (JSON.parse(q.answers) as string[])[0];
      const response = missOn.has(id) ? "certainly not this" : right;
      state = await practice.answerPractice(state, id, response, q.type === "FLASHCARD" ? Rating.Good : undefined);
      expect(state.last).toMatchObject({ questionId: id, correct: !missOn.has(id) });
    }
    expect(state).toMatchObject({ index: ids.length, score: ids.length - 2 });
    expect([...state.missed].sort()).toEqual([...missOn].sort());
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an answer to any question but the current one", async () => {
    const state = (await practice.startPractice("flashpoints"))!;
    await expect(practice.answerPractice(state, state.order[1], "x")).rejects.toThrow(
      "already answered in this practice round",
    );
  });

  it("counts a flashcard graded Again as missed and Hard or better as known", async () => {
    const base = { setId: "the-call", order: ["woodside-promise"], index: 0, score: 0, missed: [], last: null };
    expect((await practice.answerPractice(base, "woodside-promise", "", Rating.Again)).missed).toEqual([
      "woodside-promise",
    ]);
    expect((await practice.answerPractice(base, "woodside-promise", "", Rating.Hard)).score).toBe(1);
  });
});
