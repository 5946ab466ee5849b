// The study loop against a real migrated SQLite file: answers move the FSRS card and append to the
// review log; undo restores the exact prior state; resubmissions are recorded once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newCardState, Rating, schedule } from "../../lib/srs/scheduler";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let study: typeof import("../../lib/study/answer");
let queue: typeof import("../../lib/study/queue");
const t0 = new Date("2026-11-23T09:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
let seq = 0;
const clientId = () => `client-${++seq}-${Math.random().toString(36).slice(2)}`;

beforeAll(async () => {
  t = await useAppDatabase();
  study = await import("../../lib/study/answer");
  queue = await import("../../lib/study/queue");
});
afterAll(() => t.close());

const newLearner = () => t.db.user.create({ data: { isGuest: true } });
const cardOf = (userId: string, questionId: string) =>
  t.db.card.findUnique({
    where: { userId_questionId: { userId, questionId } },
    omit: { id: true, createdAt: true, updatedAt: true, version: true },
  });

describe("answering", () => {
  it("moves the card as FSRS says and logs every answer with the state before and after", async () => {
    const { id: userId } = await newLearner();
    const answer = (response: string, now: Date) =>
      study.recordAnswer({
        userId,
        setId: "the-call",
        questionId: "call-weekday",
        clientId: clientId(),
        response,
        durationMs: 1200,
        now,
      });

    await answer("Monday", t0);
    const afterWrong = schedule(newCardState(t0), Rating.Again, t0);
    expect(await cardOf(userId, "call-weekday")).toMatchObject({ ...afterWrong, userId, setId: "the-call" });

    await answer("Tuesday", minutes(10));
    const afterRight = schedule(afterWrong, Rating.Good, minutes(10));
    expect(await cardOf(userId, "call-weekday")).toMatchObject(afterRight);

    const log = await t.db.review.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } });
    expect(log.map((r) => [r.rating, r.correct, r.answer, r.durationMs])).toEqual([
      [Rating.Again, false, "Monday", 1200],
      [Rating.Good, true, "Tuesday", 1200],
    ]);
    expect(log[0].stateBefore).toBeNull();
    expect(JSON.parse(log[1].stateBefore!)).toMatchObject({
      reps: afterWrong.reps,
      state: afterWrong.state,
      stability: afterWrong.stability,
    });
    expect(JSON.parse(log[1].stateAfter!)).toMatchObject({ reps: 2, due: afterRight.due.toISOString() });
  });

  it("grades typed answers leniently on the server", async () => {
    const { id: userId } = await newLearner();
    await study.recordAnswer({
      userId,
      setId: "the-call",
      questionId: "last-phone-call",
      clientId: clientId(),
      response: "july 2022",
      now: t0,
    });
    await study.recordAnswer({
      userId,
      setId: "diplomacy-ahead",
      questionId: "yellen-cities",
      clientId: clientId(),
      response: "beijing",
      now: t0,
    });
    await study.recordAnswer({
      userId,
      setId: "diplomacy-ahead",
      questionId: "sullivan-bangkok",
      clientId: clientId(),
      response: "Munich",
      now: t0,
    });
    const log = await t.db.review.findMany({ where: { userId }, orderBy: { questionId: "asc" } });
    expect(log.map((r) => [r.questionId, r.correct, r.rating])).toEqual([
      ["last-phone-call", true, Rating.Good],
      ["sullivan-bangkok", false, Rating.Again],
      ["yellen-cities", true, Rating.Good],
    ]);
  });

  it("records a resubmitted answer once and returns the same result", async () => {
    const { id: userId } = await newLearner();
    const input = {
      userId,
      setId: "the-call",
      questionId: "call-length",
      clientId: clientId(),
      response: "An hour",
      now: t0,
    };
    const first = await study.recordAnswer(input);
    const second = await study.recordAnswer({ ...input, now: minutes(1) });
    expect(second).toEqual(first);
    expect(await t.db.review.count({ where: { userId } })).toBe(1);
    expect((await cardOf(userId, "call-length"))!.reps).toBe(1);
  });

  it("takes a flashcard's grade from the learner", async () => {
    const { id: userId } = await newLearner();
    await study.recordAnswer({
      userId,
      setId: "the-call",
      questionId: "woodside-promise",
      clientId: clientId(),
      response: "",
      selfGrade: Rating.Easy,
      now: t0,
    });
    const [review] = await t.db.review.findMany({ where: { userId } });
    expect(review).toMatchObject({ rating: Rating.Easy, correct: null, answer: null });
    await expect(
      study.recordAnswer({
        userId,
        setId: "the-call",
        questionId: "woodside-promise",
        clientId: clientId(),
        response: "",
        now: t0,
      }),
    ).rejects.toThrow("Choose how well you knew it.");
  });

  it("refuses an archived question or one from another set", async () => {
    const { id: userId } = await newLearner();
    await expect(
      study.recordAnswer({
        userId,
        setId: "flashpoints",
        questionId: "call-weekday",
        clientId: clientId(),
        response: "Tuesday",
      }),
    ).rejects.toThrow("That question is no longer in this set.");
    await t.db.question.update({ where: { id: "story-updated" }, data: { archivedAt: new Date() } });
    await expect(
      study.recordAnswer({
        userId,
        setId: "the-call",
        questionId: "story-updated",
        clientId: clientId(),
        response: "True",
      }),
    ).rejects.toThrow("That question is no longer in this set.");
    expect(await t.db.review.count({ where: { userId } })).toBe(0);
    expect(await t.db.card.count({ where: { userId } })).toBe(0);
  });

  it("re-rates a right answer the learner guessed, from the same prior state", async () => {
    const { id: userId } = await newLearner();
    const { reviewId } = await study.recordAnswer({
      userId,
      setId: "the-call",
      questionId: "call-length",
      clientId: clientId(),
      response: "An hour and 45 minutes",
      now: t0,
    });
    await study.adjustConfidence(userId, reviewId, "guessed");
    expect(await cardOf(userId, "call-length")).toMatchObject(schedule(newCardState(t0), Rating.Hard, t0));
    expect((await t.db.review.findUniqueOrThrow({ where: { id: reviewId } })).rating).toBe(Rating.Hard);
  });
});

describe("typed answers: typos and overruling a wrong verdict", () => {
  const typed = { setId: "diplomacy-ahead", questionId: "yellen-cities" };
  const reviewOf = (id: string) => t.db.review.findUniqueOrThrow({ where: { id } });

  it("says when an answer was accepted with a typo, and which spelling, also when it is resent", async () => {
    const { id: userId } = await newLearner();
    const input = { userId, ...typed, clientId: clientId(), response: "Guangzhuo", now: t0 };
    const first = await study.recordAnswer(input);
    expect(first).toMatchObject({ correct: true, rating: Rating.Good, typo: "Guangzhou" });
    expect(await study.recordAnswer(input)).toEqual(first);
    const exact = await study.recordAnswer({
      userId,
      ...typed,
      clientId: clientId(),
      response: "beijing",
      now: minutes(1),
    });
    expect(exact).toMatchObject({ correct: true, typo: null });
  });

  it("re-schedules an overruled answer as Good from the state before it, and marks it in the log", async () => {
    const { id: userId } = await newLearner();
    await study.recordAnswer({ userId, ...typed, clientId: clientId(), response: "Guangzhou", now: t0 });
    const afterFirst = await cardOf(userId, typed.questionId);
    const { reviewId, correct } = await study.recordAnswer({
      userId,
      ...typed,
      clientId: clientId(),
      response: "Canton",
      now: minutes(20),
    });
    expect(correct).toBe(false);

    await study.overruleVerdict(userId, reviewId, minutes(21));
    const before = schedule(newCardState(t0), Rating.Good, t0);
    expect(await cardOf(userId, typed.questionId)).toMatchObject(schedule(before, Rating.Good, minutes(20)));
    const review = await reviewOf(reviewId);
    expect(review).toMatchObject({
      correct: true,
      rating: Rating.Good,
      answer: "Canton",
      overruledAt: minutes(21),
      undoneAt: null,
    });
    expect(JSON.parse(review.stateAfter!)).toMatchObject({ reps: 2 });

    await expect(study.overruleVerdict(userId, reviewId)).rejects.toThrow("Only a typed answer marked wrong");
    // Undo still returns the card to exactly its state before the overruled answer.
    expect(await study.undoLastAnswer(userId, typed.setId, minutes(22))).toEqual({ questionId: typed.questionId });
    expect(await cardOf(userId, typed.questionId)).toEqual(afterFirst);
    expect(await reviewOf(reviewId)).toMatchObject({ undoneAt: minutes(22), overruledAt: minutes(21) });
  });

  it("refuses to overrule anything but the learner's own latest wrong typed answer that stands", async () => {
    const { id: userId } = await newLearner();
    const { id: stranger } = await newLearner();
    const answer = (questionId: string, setId: string, response: string, n: number) =>
      study.recordAnswer({ userId, setId, questionId, clientId: clientId(), response, now: minutes(n) });
    const choice = await answer("sullivan-bangkok", "diplomacy-ahead", "Munich", 0);
    const right = await answer("last-phone-call", "the-call", "July 2022", 1);
    const wrongThenAnswered = await answer(typed.questionId, typed.setId, "Shanghai", 2);
    await answer(typed.questionId, typed.setId, "Beijing", 3);
    const undone = await answer("last-phone-call", "the-call", "July 2020", 4);
    await study.undoLastAnswer(userId, "the-call", minutes(5));
    const fine = await answer("last-phone-call", "the-call", "July 2021", 6);
    const cards = await t.db.card.findMany({ where: { userId }, orderBy: { questionId: "asc" } });

    const refusals: [string, string][] = [
      [choice.reviewId, "Only a typed answer marked wrong"],
      [right.reviewId, "Only a typed answer marked wrong"],
      [undone.reviewId, "Only a typed answer marked wrong"],
      [wrongThenAnswered.reviewId, "followed by another one"],
      ["no-such-review", "Only a typed answer marked wrong"],
    ];
    for (const [id, message] of refusals) await expect(study.overruleVerdict(userId, id)).rejects.toThrow(message);
    await expect(study.overruleVerdict(stranger, fine.reviewId)).rejects.toThrow("Only a typed answer marked wrong");
    expect(await t.db.card.findMany({ where: { userId }, orderBy: { questionId: "asc" } })).toEqual(cards);
    expect(await t.db.review.count({ where: { userId, overruledAt: { not: null } } })).toBe(0);
    await study.overruleVerdict(userId, fine.reviewId);
    expect(await t.db.review.count({ where: { userId, overruledAt: { not: null } } })).toBe(1);
  });
});

describe("undo", () => {
  it("restores the exact prior state, and removes a card that was new", async () => {
    const { id: userId } = await newLearner();
    const answer = (response: string, now: Date) =>
      study.recordAnswer({
        userId,
        setId: "the-call",
        questionId: "call-first-since",
        clientId: clientId(),
        response,
        now,
      });
    await answer("Their face-to-face summit in November", t0);
    const afterFirst = await cardOf(userId, "call-first-since");
    await answer("Their last phone call, in July 2022", minutes(30));
    expect((await cardOf(userId, "call-first-since"))!.lapses).toBeGreaterThanOrEqual(0);

    expect(await study.undoLastAnswer(userId, "the-call", minutes(31))).toEqual({ questionId: "call-first-since" });
    expect(await cardOf(userId, "call-first-since")).toEqual(afterFirst);
    expect(await t.db.review.count({ where: { userId, undoneAt: null } })).toBe(1);

    await study.undoLastAnswer(userId, "the-call", minutes(32));
    expect(await cardOf(userId, "call-first-since")).toBeNull();
    expect(await study.undoLastAnswer(userId, "the-call")).toBeNull();
    expect(await t.db.review.count({ where: { userId } })).toBe(2);
  });
});

describe("the study queue", () => {
  it("serves due reviews first, then new questions up to the daily limit", async () => {
    const { id: userId } = await newLearner();
    await t.db.studySetting.create({ data: { userId, setId: "the-call", newPerDay: 2 } });
    const now = new Date();
    let state = await queue.studyQueue({ id: userId, timeZone: "UTC", rolloverHour: 4 }, "the-call", now);
    expect(state).toMatchObject({ due: 0, newLeft: 2, next: { id: "call-weekday", type: "MULTIPLE_CHOICE" } });
    expect(Object.keys(state.next!).sort()).toEqual(["choices", "id", "prompt", "type"]);

    await study.recordAnswer({
      userId,
      setId: "the-call",
      questionId: "call-weekday",
      clientId: clientId(),
      response: "Monday",
      now,
    });
    await study.recordAnswer({
      userId,
      setId: "the-call",
      questionId: "call-length",
      clientId: clientId(),
      response: "An hour",
      now,
    });
    state = await queue.studyQueue({ id: userId, timeZone: "UTC", rolloverHour: 4 }, "the-call", now);
    expect(state.newLeft).toBe(0);

    await t.db.card.update({
      where: { userId_questionId: { userId, questionId: "call-length" } },
      data: { due: new Date(now.getTime() - 1000) },
    });
    state = await queue.studyQueue({ id: userId, timeZone: "UTC", rolloverHour: 4 }, "the-call", now);
    expect(state).toMatchObject({ due: 1, next: { id: "call-length" } });
  });
});
