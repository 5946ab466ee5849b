// What the study page shows (lib/study/study-page.ts), against a real migrated SQLite file: the page
// renders exactly this, so it must never hold an answer before the learner has given one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let page: typeof import("../../lib/study/study-page");
let study: typeof import("../../lib/study/answer");

beforeAll(async () => {
  t = await useAppDatabase();
  page = await import("../../lib/study/study-page");
  study = await import("../../lib/study/answer");
});
afterAll(() => t.close());

const learner = async () => {
  const user = await t.db.user.create({ data: { isGuest: true } });
  return {
    id: user.id,
    role: "STUDENT" as const,
    isGuest: true,
    name: null,
    timeZone: "UTC",
    timeZoneChosen: false,
    rolloverHour: 4,
  };
};

describe("the study page", () => {
  it("is missing for an unknown set, and offers a visitor the start button", async () => {
    expect(await page.studyPageView("no-such-set", null, {})).toEqual({ kind: "missing" });
    expect(await page.studyPageView("the-call", null, {})).toEqual({
      kind: "visitor",
      set: { id: "the-call", title: "The call itself" },
    });
  });

  it("asks the next question with a fresh answer token, and holds none of its answers", async () => {
    const me = await learner();
    const view = await page.studyPageView("the-call", me, { notice: "undone" });
    expect(view.kind).toBe("question");
    if (view.kind !== "question") return;
    // A notice is a code from the URL, shown as the server's text for it; other words in ?notice= are not shown.
    expect(view.notice).toBe("Your last answer was undone.");
    expect(await page.studyPageView("the-call", me, { notice: "Hello" })).toMatchObject({ notice: null });
    expect(await page.studyPageView("the-call", me, { notice: "constructor" })).toMatchObject({ notice: null });
    expect(view.item.id).toBe("call-weekday");
    expect(view.token.clientId).toMatch(/^[0-9a-f-]{36}$/);
    const again = await page.studyPageView("the-call", me, {});
    expect(again.kind === "question" && again.token.clientId).not.toBe(view.token.clientId);
    const question = await t.db.question.findUniqueOrThrow({ where: { id: view.item.id } });
    const serialized = JSON.stringify(view);
    for (const secret of [
      question.explanation,
      ...JSON.parse(question.answers).filter((a: string) => !view.item.choices.includes(a)),
    ]) {
      expect(serialized).not.toContain(secret);
    }
  });

  it("shows the verdict on the learner's own answer only, then the next question", async () => {
    const me = await learner();
    const stranger = await learner();
    const { reviewId } = await study.recordAnswer({
      userId: me.id,
      setId: "the-call",
      questionId: "call-weekday",
      clientId: `c-${me.id}`,
      response: "Tuesday",
    });
    const mine = await page.studyPageView("the-call", me, { review: reviewId, marked: "1" });
    expect(mine).toMatchObject({
      kind: "feedback",
      marked: true,
      feedback: { reviewId, correct: true, given: "Tuesday", expected: "Tuesday" },
    });
    // Someone else's review id shows them their own next question, not the answer.
    const theirs = await page.studyPageView("the-call", stranger, { review: reviewId });
    expect(theirs).toMatchObject({ kind: "question", item: { id: "call-weekday" } });
  });

  it("shows the spelling of an answer accepted with a typo, and offers to overrule only a wrong typed answer", async () => {
    const me = await learner();
    const answer = async (setId: string, questionId: string, response: string) => {
      const { reviewId } = await study.recordAnswer({
        userId: me.id,
        setId,
        questionId,
        clientId: `c-${me.id}-${questionId}-${response}`,
        response,
      });
      const view = await page.studyPageView(setId, me, { review: reviewId });
      return view.kind === "feedback" ? view.feedback : null;
    };
    expect(await answer("diplomacy-ahead", "yellen-cities", "Guangzou")).toMatchObject({
      correct: true,
      typo: "Guangzhou",
      overrulable: false,
      overruled: false,
    });
    expect(await answer("the-call", "last-phone-call", "July 2022")).toMatchObject({
      correct: true,
      typo: null,
      overrulable: false,
    });
    expect(await answer("the-call", "call-weekday", "Monday")).toMatchObject({ correct: false, overrulable: false });
    const wrong = (await answer("diplomacy-ahead", "blinken-munich", "Austria"))!;
    expect(wrong).toMatchObject({ correct: false, typo: null, overrulable: true, overruled: false });
    await study.overruleVerdict(me.id, wrong.reviewId);
    const after = await page.studyPageView("diplomacy-ahead", me, { review: wrong.reviewId });
    expect(after).toMatchObject({
      kind: "feedback",
      feedback: { correct: true, typo: null, overrulable: false, overruled: true, given: "Austria" },
    });
  });

  it("says all done when nothing is due and the day's new questions are used up", async () => {
    const me = await learner();
    await t.db.studySetting.create({ data: { userId: me.id, setId: "the-call", newPerDay: 0 } });
    expect(await page.studyPageView("the-call", me, {})).toMatchObject({ kind: "done", notice: null });
  });

  it("flips a flashcard only when asked, with each grade's interval", async () => {
    const me = await learner();
    const set = (await t.db.question.findFirstOrThrow({ where: { type: "FLASHCARD", archivedAt: null } })).setId;
    await t.db.studySetting.create({ data: { userId: me.id, setId: set, newPerDay: 500 } });
    let view = await page.studyPageView(set, me, {});
    for (let i = 0; view.kind === "question" && view.item.type !== "FLASHCARD" && i < 40; i++) {
      await study.recordAnswer({
        userId: me.id,
        setId: set,
        questionId: view.item.id,
        clientId: `f-${me.id}-${i}`,
        response: "x",
        now: new Date(Date.now() + 60_000),
      });
      view = await page.studyPageView(set, me, {});
    }
    if (view.kind !== "question" || view.item.type !== "FLASHCARD") throw new Error("no flashcard came up");
    expect(view.flashcard).toBeNull();
    const flipped = await page.studyPageView(set, me, { reveal: view.item.id });
    expect(flipped).toMatchObject({
      kind: "question",
      flashcard: { back: expect.any(String), intervals: { 1: expect.any(String), 4: expect.any(String) } },
    });
  });
});

describe("the set page's daily limit of new questions", () => {
  it("is saved for the person and read by the queue, and refused for a set there is none of", async () => {
    const settings = await import("../../lib/study/study-settings");
    const queue = await import("../../lib/study/queue");
    const me = await learner();
    await settings.setNewPerDay(me, "the-call", 7);
    await settings.setNewPerDay(me, "the-call", 3);
    expect(await queue.newPerDay(me.id, "the-call")).toBe(3);
    await expect(settings.setNewPerDay(me, "no-such-set", 5)).rejects.toMatchObject({ code: "not-found" });
    expect(await t.db.studySetting.count({ where: { userId: me.id } })).toBe(1);
  });
});
