// content:sync reads and writes only the library (content/'s rows, which have no owner): a teacher's
// articles, passages, sets, questions and citations, and their learners' cards and reviews, come out of a
// sync that changes, adds and removes library content exactly as they went in, also when their ids look
// like the library's.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { syncContent } from "../../lib/content/sync";
import { createTeacherSet, LIBRARY_ARTICLE } from "../support/teacher-content";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let dir: string;
const sync = () => syncContent(t.db, loadContent(dir, dir));

beforeEach(async () => {
  t = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-sync-teachers-"));
  fs.cpSync("content", dir, { recursive: true });
});
afterEach(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every row of the teacher's content and their learners' study, as stored. */
async function teachersRows(ownerId: string) {
  const sets = { ownerId };
  return {
    articles: await t.db.article.findMany({ where: { ownerId }, orderBy: { id: "asc" } }),
    passages: await t.db.passage.findMany({ where: { article: { ownerId } }, orderBy: { id: "asc" } }),
    sets: await t.db.questionSet.findMany({ where: sets, orderBy: { id: "asc" } }),
    links: await t.db.setArticle.findMany({ where: { set: sets }, orderBy: [{ setId: "asc" }, { articleId: "asc" }] }),
    questions: await t.db.question.findMany({ where: { set: sets }, orderBy: { id: "asc" } }),
    citations: await t.db.citation.findMany({ where: { question: { set: sets } }, orderBy: { id: "asc" } }),
    cards: await t.db.card.findMany({ where: { question: { set: sets } }, orderBy: { id: "asc" } }),
    reviews: await t.db.review.findMany({ where: { question: { set: sets } }, orderBy: { id: "asc" } }),
  };
}

/** A teacher's set whose ids look like the library's: its article, set, question ids and passage keys. */
async function lookAlike(ownerId: string) {
  await t.db.article.create({
    data: {
      id: `${LIBRARY_ARTICLE}-notes`,
      ownerId,
      title: "Notes on the call",
      contentHash: "teacher",
      passages: {
        create: [
          {
            id: `${LIBRARY_ARTICLE}-notes/call`,
            key: "call",
            position: 0,
            text: "Biden and Xi spoke for 105 minutes.",
          },
        ],
      },
    },
  });
  await t.db.questionSet.create({
    data: {
      id: "the-call-2",
      ownerId,
      title: "The call itself",
      description: "A teacher's set named like the library's.",
      contentHash: "teacher",
      visibility: "PUBLIC",
      publishedAt: new Date(),
      articles: { create: [{ articleId: `${LIBRARY_ARTICLE}-notes` }] },
      questions: {
        create: [
          {
            id: "call-weekday-2",
            type: "SHORT_ANSWER",
            position: 0,
            prompt: "How long did they speak?",
            answers: JSON.stringify(["105 minutes"]),
            explanation: "The notes say so.",
            contentHash: "teacher",
            citations: {
              create: [
                {
                  articleId: `${LIBRARY_ARTICLE}-notes`,
                  passageId: `${LIBRARY_ARTICLE}-notes/call`,
                  quote: "105 minutes",
                  prefix: "Biden and Xi spoke for ",
                  suffix: ".",
                  start: 23,
                  end: 34,
                  position: 0,
                },
              ],
            },
          },
        ],
      },
    },
  });
}

async function study(userId: string, questionId: string, setId: string) {
  await t.db.card.create({
    data: {
      userId,
      questionId,
      setId,
      due: new Date("2026-12-01T00:00:00Z"),
      stability: 3.1,
      difficulty: 4.2,
      elapsedDays: 0,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
    },
  });
  await t.db.review.create({ data: { userId, questionId, setId, rating: 3, correct: true, answer: "x" } });
}

describe("content sync and teachers' content", () => {
  it("leaves a teacher's articles, sets, questions, citations and learners' cards as they were", async () => {
    await sync();
    const teacher = await t.db.user.create({ data: { role: "TEACHER", name: "Rivera", email: "rivera@example.com" } });
    const learner = await t.db.user.create({ data: { isGuest: true } });
    const own = await createTeacherSet(t.db, { ownerId: teacher.id, title: "Harbour", visibility: "LINK" });
    await lookAlike(teacher.id);
    // A held question and a citation to check, as an article edit would leave them.
    await t.db.question.update({ where: { id: own.questionIds.choice }, data: { heldAt: new Date() } });
    await t.db.citation.updateMany({
      where: { questionId: own.questionIds.choice },
      data: { status: "CHECK", candidate: '{"passageKey":"mayor"}' },
    });
    await study(learner.id, own.questionIds.flashcard, own.setId);
    await study(learner.id, own.questionIds.typed, own.setId);
    await study(learner.id, "call-weekday-2", "the-call-2");
    const before = await teachersRows(teacher.id);
    expect(before.questions).toHaveLength(4);
    expect(before.citations).toHaveLength(4);
    expect(before.cards).toHaveLength(3);

    // The library changes: a question and a passage edited, a set added, a set and a question removed.
    const callSet = path.join(dir, "sets", "the-call.yaml");
    fs.writeFileSync(
      callSet,
      fs.readFileSync(callSet, "utf8").replace("on which day of the week did", "on which weekday did"),
    );
    const article = path.join(dir, "articles", `${LIBRARY_ARTICLE}.md`);
    fs.writeFileSync(article, fs.readFileSync(article, "utf8").replace("This call comes amid", "The call comes amid"));
    fs.rmSync(path.join(dir, "sets", "flashpoints.yaml"));
    fs.writeFileSync(
      path.join(dir, "sets", "the-call-3.yaml"),
      `id: the-call-3
title: The call, again
description: A set added to the library.
questions:
  - id: call-weekday-3
    type: true-false
    prompt: Biden and Xi spoke on a Tuesday.
    answer: true
    explanation: CNN says Tuesday.
    cite:
      - article: ${LIBRARY_ARTICLE}
        passage: call
        quote: spoke by phone with Chinese President Xi Jinping on Tuesday
`,
    );
    const report = await sync();
    expect(report.sets).toMatchObject({ created: 1, archived: 1 });
    expect(report.questions.updated + report.questions.created + report.questions.archived).toBeGreaterThan(0);
    expect(report.passages.updated).toBe(1);

    expect(await teachersRows(teacher.id)).toEqual(before);
    // And a sync that removes the library article the teacher's set cites archives it, the teacher's link stays.
    fs.rmSync(path.join(dir, "sets"), { recursive: true });
    fs.mkdirSync(path.join(dir, "sets"));
    fs.rmSync(article);
    await sync();
    expect((await t.db.article.findUniqueOrThrow({ where: { id: LIBRARY_ARTICLE } })).archivedAt).not.toBeNull();
    expect(await teachersRows(teacher.id)).toEqual(before);
  });
});
