// Loading content into the database: idempotent, edits keep progress, removals archive.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { syncContent } from "../../lib/content/sync";
import { syncContentFromDisk } from "../../lib/startup/content";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let dir: string;
const setFile = () => path.join(dir, "sets", "the-call.yaml");
const sync = () => syncContent(t.db, loadContent(dir, dir));

beforeEach(async () => {
  t = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-sync-"));
  fs.cpSync("content", dir, { recursive: true });
});
afterEach(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function giveProgress(questionId: string) {
  const user = await t.db.user.create({ data: { isGuest: true } });
  await t.db.card.create({
    data: {
      userId: user.id,
      questionId,
      setId: "the-call",
      due: new Date(),
      stability: 3.1,
      difficulty: 4.2,
      elapsedDays: 0,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 2,
      lapses: 0,
      state: 2,
    },
  });
  await t.db.review.create({
    data: { userId: user.id, questionId, setId: "the-call", rating: 3, correct: true, answer: "Tuesday" },
  });
  return user;
}

describe("content sync", () => {
  it("loads every article, passage, set, question and citation", async () => {
    const report = await sync();
    const content = loadContent(dir, dir);
    const questionCount = content.sets.reduce((n, s) => n + s.questions.length, 0);
    expect(report.questions.created).toBe(questionCount);
    expect(await t.db.question.count()).toBe(questionCount);
    expect(await t.db.questionSet.count()).toBe(content.sets.length);
    expect(await t.db.passage.count()).toBe(content.articles.reduce((n, a) => n + a.passages.length, 0));
    const citation = await t.db.citation.findFirstOrThrow({
      where: { questionId: "call-weekday" },
      include: { passage: true },
    });
    expect(citation.passage.text).toContain(citation.quote);
    const links = await t.db.setArticle.findMany({ where: { setId: "since-the-summit" } });
    expect(links.map((l) => l.articleId).sort()).toEqual(["cnn-biden-xi-call", "dutch-report-biden-xi-call"]);
  });

  it("changes nothing on a second run", async () => {
    await sync();
    const before = await t.db.question.findMany({ orderBy: { id: "asc" }, include: { citations: true } });
    const second = await sync();
    for (const tally of Object.values(second)) expect(tally).toMatchObject({ created: 0, updated: 0, archived: 0 });
    const after = await t.db.question.findMany({ orderBy: { id: "asc" }, include: { citations: true } });
    expect(after).toEqual(before);
  });

  it("keeps learners' progress on a question that was edited", async () => {
    await sync();
    const user = await giveProgress("call-weekday");
    const yaml = fs.readFileSync(setFile(), "utf8");
    fs.writeFileSync(
      setFile(),
      yaml.replace("on which day of the week did Biden and Xi speak by phone?", "which day did the leaders talk?"),
    );

    const report = await sync();
    expect(report.questions).toMatchObject({ updated: 1, created: 0, archived: 0 });
    const question = await t.db.question.findUniqueOrThrow({
      where: { id: "call-weekday" },
      include: { cards: true, reviews: true },
    });
    expect(question.prompt).toBe("According to CNN, which day did the leaders talk?");
    expect(question.cards).toMatchObject([{ userId: user.id, stability: 3.1, reps: 2 }]);
    expect(question.reviews).toMatchObject([{ userId: user.id, answer: "Tuesday" }]);
  });

  it("archives a removed question without deleting progress, and restores it when it returns", async () => {
    await sync();
    await giveProgress("story-updated");
    const yaml = fs.readFileSync(setFile(), "utf8");
    const start = yaml.indexOf("  - id: story-updated");
    fs.writeFileSync(setFile(), yaml.slice(0, start));

    expect((await sync()).questions).toMatchObject({ archived: 1, created: 0, updated: 0 });
    const archived = await t.db.question.findUniqueOrThrow({
      where: { id: "story-updated" },
      include: { cards: true, reviews: true },
    });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(archived.cards).toHaveLength(1);
    expect(archived.reviews).toHaveLength(1);
    expect(await t.db.question.count({ where: { setId: "the-call", archivedAt: null } })).toBe(11);

    fs.writeFileSync(setFile(), yaml);
    expect((await sync()).questions).toMatchObject({ updated: 1, archived: 0 });
    const restored = await t.db.question.findUniqueOrThrow({
      where: { id: "story-updated" },
      include: { cards: true },
    });
    expect(restored.archivedAt).toBeNull();
    expect(restored.cards).toHaveLength(1);
  });

  it("loads nothing from content with problems, and says where they are", async () => {
    const yaml = fs.readFileSync(setFile(), "utf8");
    fs.writeFileSync(setFile(), yaml.replace("answer: Tuesday", "answer: Friday"));
    await expect(syncContentFromDisk(t.url, dir)).rejects.toThrow(
      /the content has 1 problem\(s\); nothing was loaded:\n.*sets\/the-call\.yaml:\d+: question "call-weekday": answer "Friday" is not among its choices/,
    );
    expect(await t.db.question.count()).toBe(0);
  });
});
