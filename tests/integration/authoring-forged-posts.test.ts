// Forged and replayed posts to the article and set editors' domain: each write called with ids that are not
// the viewer's to use together (another teacher's set, article, question or citation; one set's question
// through another set; archived rows; the library's), and the same post sent twice. Every refusal leaves the
// rows as they were; every replay changes nothing more.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/viewer";
import { useAppDatabase, type TestDatabase } from "../support/test-database";
import { insertTeacherArticle, type TeacherArticle } from "../support/teacher-article";

let t: TestDatabase;
let sets: typeof import("../../lib/authoring/sets");
let questions: typeof import("../../lib/authoring/questions");
let publish: typeof import("../../lib/authoring/publish");
let text: typeof import("../../lib/authoring/article-text");
let viewers: typeof import("../../lib/auth/viewer");

const people: Record<"teacher" | "otherTeacher", Viewer> = {} as never;
let mine: TeacherArticle;
let theirs: TeacherArticle;

const TF = { type: "true-false", prompt: "They discussed Taiwan.", answer: "True", explanation: "Listed." };

async function person(name: string): Promise<Viewer> {
  return viewers.viewerFromRow(
    await t.db.user.create({
      data: { name, role: "TEACHER", email: `${name}@example.com` },
      select: viewers.VIEWER_COLUMNS,
    }),
  );
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).message;
  }
}

/** Every row a forged post could touch, to compare before and after. */
async function snapshot() {
  return JSON.stringify([
    await t.db.questionSet.findMany({ orderBy: { id: "asc" } }),
    await t.db.question.findMany({ orderBy: { id: "asc" } }),
    await t.db.citation.findMany({ orderBy: { id: "asc" } }),
    await t.db.passage.findMany({ orderBy: { id: "asc" } }),
    await t.db.setArticle.findMany({ orderBy: [{ setId: "asc" }, { articleId: "asc" }] }),
  ]);
}

async function setWithQuestion(owner: Viewer, article: TeacherArticle) {
  const { id: setId } = await sets.createSet(owner, { title: "Set", description: "", articleIds: [article.id] });
  const { id: questionId } = await questions.saveQuestion(owner, setId, {
    ...TF,
    citation: { passageId: article.passages[0].id, quote: "Taiwan" },
  });
  const citation = await t.db.citation.findFirstOrThrow({ where: { questionId } });
  return { setId, questionId, citationId: citation.id };
}

beforeAll(async () => {
  t = await useAppDatabase();
  sets = await import("../../lib/authoring/sets");
  questions = await import("../../lib/authoring/questions");
  publish = await import("../../lib/authoring/publish");
  text = await import("../../lib/authoring/article-text");
  viewers = await import("../../lib/auth/viewer");
  people.teacher = await person("rivera");
  people.otherTeacher = await person("okafor");
  mine = await insertTeacherArticle(t.db, people.teacher.id, "Mine", ["They discussed Taiwan.", "And trade."]);
  theirs = await insertTeacherArticle(t.db, people.otherTeacher.id, "Theirs", ["Taiwan again.", "Other words."]);
});
afterAll(() => t.close());

describe("ids that do not belong together", () => {
  let a: Awaited<ReturnType<typeof setWithQuestion>>;
  let b: Awaited<ReturnType<typeof setWithQuestion>>;
  let foreign: Awaited<ReturnType<typeof setWithQuestion>>;
  beforeAll(async () => {
    a = await setWithQuestion(people.teacher, mine);
    b = await setWithQuestion(people.teacher, mine);
    foreign = await setWithQuestion(people.otherTeacher, theirs);
  });

  it("a question, citation or passage of another set or teacher, sent through the viewer's own set, is refused and nothing changes", async () => {
    const before = await snapshot();
    const attempts: [string, () => Promise<unknown>][] = [
      [
        "change another set's question",
        () => questions.saveQuestion(people.teacher, a.setId, { ...TF, questionId: b.questionId }),
      ],
      [
        "change another teacher's question",
        () => questions.saveQuestion(people.teacher, a.setId, { ...TF, questionId: foreign.questionId }),
      ],
      [
        "move another teacher's question",
        () => questions.moveQuestion(people.teacher, a.setId, foreign.questionId, "up"),
      ],
      ["remove another set's question", () => questions.archiveQuestion(people.teacher, a.setId, b.questionId)],
      [
        "remove another teacher's question",
        () => questions.archiveQuestion(people.teacher, a.setId, foreign.questionId),
      ],
      [
        "accept another teacher's citation",
        () => questions.acceptCandidate(people.teacher, a.setId, foreign.citationId),
      ],
      [
        "cite another teacher's passage",
        () =>
          questions.saveQuestion(people.teacher, a.setId, {
            ...TF,
            citation: { passageId: theirs.passages[0].id, quote: "Taiwan" },
          }),
      ],
      [
        "cite a library passage the set does not draw on",
        async () => {
          const library = await t.db.passage.findFirstOrThrow({ where: { article: { ownerId: null } } });
          return questions.saveQuestion(people.teacher, a.setId, {
            ...TF,
            citation: { passageId: library.id, quote: library.text.slice(0, 10) },
          });
        },
      ],
      [
        "draw on another teacher's article",
        () => sets.updateSet(people.teacher, a.setId, { title: "T", description: "", articleIds: [theirs.id] }),
      ],
      [
        "join another teacher's passage through my article",
        () => text.joinArticlePassages(people.teacher, theirs.id, "p1"),
      ],
    ];
    for (const [name, attempt] of attempts) expect([name, await codeOf(attempt())]).not.toEqual([name, "ok"]);
    expect(await snapshot()).toBe(before);
  });

  it("removing another question's citation through my question leaves that citation alone", async () => {
    const before = await t.db.citation.findMany({ where: { questionId: { in: [b.questionId, foreign.questionId] } } });
    await questions.saveQuestion(people.teacher, a.setId, {
      ...TF,
      questionId: a.questionId,
      removeCitationIds: [b.citationId, foreign.citationId],
    });
    expect(await t.db.citation.findMany({ where: { questionId: { in: [b.questionId, foreign.questionId] } } })).toEqual(
      before,
    );
    expect(await t.db.citation.count({ where: { questionId: a.questionId } })).toBe(1);
  });

  it("the library's sets and articles, and archived ones, are nobody's to write", async () => {
    const library = await t.db.questionSet.findFirstOrThrow({ where: { ownerId: null } });
    const libraryQuestion = await t.db.question.findFirstOrThrow({ where: { setId: library.id } });
    const libraryArticle = await t.db.article.findFirstOrThrow({ where: { ownerId: null } });
    const archived = await setWithQuestion(people.teacher, mine);
    await t.db.questionSet.update({ where: { id: archived.setId }, data: { archivedAt: new Date() } });
    const archivedArticle = await insertTeacherArticle(t.db, people.teacher.id, "Old", ["Gone now."]);
    await t.db.article.update({ where: { id: archivedArticle.id }, data: { archivedAt: new Date() } });
    const before = await snapshot();
    for (const setId of [library.id, archived.setId]) {
      const questionId = setId === library.id ? libraryQuestion.id : archived.questionId;
      expect(await codeOf(questions.saveQuestion(people.teacher, setId, { ...TF, questionId }))).toBe("not-found");
      expect(await codeOf(questions.archiveQuestion(people.teacher, setId, questionId))).toBe("not-found");
      expect(await codeOf(questions.moveQuestion(people.teacher, setId, questionId, "down"))).toBe("not-found");
      expect(await codeOf(publish.publishSet(people.teacher, setId, "PUBLIC"))).toBe("not-found");
      expect(await codeOf(publish.setVisibility(people.teacher, setId, "PRIVATE"))).toBe("not-found");
    }
    for (const articleId of [libraryArticle.id, archivedArticle.id]) {
      expect(await codeOf(text.replaceArticleText(people.teacher, articleId, "Mine now."))).toBe("not-found");
      expect(await codeOf(text.splitArticlePassage(people.teacher, articleId, "p1", 2))).toBe("not-found");
    }
    expect(
      await codeOf(
        sets.updateSet(people.teacher, a.setId, { title: "T", description: "", articleIds: [archivedArticle.id] }),
      ),
    ).toBe("not-found");
    expect(await snapshot()).toBe(before);
  });

  it("a citation into an archived passage of the set's own article is refused", async () => {
    await text.replaceArticleText(people.teacher, mine.id, "They discussed Taiwan.\n\nAnd trade, too.\n\nA third one.");
    const set = await setWithQuestion(people.teacher, mine);
    await text.replaceArticleText(people.teacher, mine.id, "They discussed Taiwan.\n\nNothing like before here.");
    const gone = await t.db.passage.findFirstOrThrow({ where: { articleId: mine.id, archivedAt: { not: null } } });
    const before = await snapshot();
    expect(
      await codeOf(
        questions.saveQuestion(people.teacher, set.setId, {
          ...TF,
          questionId: set.questionId,
          citation: { passageId: gone.id, quote: gone.text.slice(0, 5) },
        }),
      ),
    ).toBe("invalid-input");
    expect(await snapshot()).toBe(before);
  });

  it("offsets outside the passage, negative, reversed or fractional are refused by field, never stored", async () => {
    const before = await snapshot();
    for (const [start, end] of [
      [-1, 3],
      [3, 1],
      [0, 10_000],
      [1.5, 4],
      [Number.NaN, 4],
    ])
      expect(
        await codeOf(
          questions.saveQuestion(people.teacher, a.setId, {
            ...TF,
            citation: { passageId: mine.passages[0].id, quote: "", start, end },
          }),
        ),
      ).toBe("invalid-input");
    for (const offset of [-1, 10_000, 0.5, Number.NaN])
      expect(await codeOf(text.splitArticlePassage(people.teacher, mine.id, "p1", offset))).toBe("offset-out-of-range");
    expect(await snapshot()).toBe(before);
  });
});

describe("the same post twice", () => {
  it("publishing again keeps the first publication time; removing, accepting or moving again changes nothing more", async () => {
    const s = await setWithQuestion(people.teacher, mine);
    await publish.publishSet(people.teacher, s.setId, "LINK");
    const first = await t.db.questionSet.findUniqueOrThrow({ where: { id: s.setId } });
    await publish.publishSet(people.teacher, s.setId, "LINK");
    expect((await t.db.questionSet.findUniqueOrThrow({ where: { id: s.setId } })).publishedAt).toEqual(
      first.publishedAt,
    );

    await t.db.citation.update({
      where: { id: s.citationId },
      data: {
        status: "CHECK",
        candidate: JSON.stringify({
          passageKey: "p1",
          quote: { type: "TextQuoteSelector", exact: "Taiwan", prefix: "They discussed ", suffix: "." },
          position: { type: "TextPositionSelector", start: 15, end: 21 },
        }),
      },
    });
    await questions.acceptCandidate(people.teacher, s.setId, s.citationId);
    const accepted = await snapshot();
    expect(await codeOf(questions.acceptCandidate(people.teacher, s.setId, s.citationId))).toBe("not-found");
    expect(await snapshot()).toBe(accepted);

    await questions.archiveQuestion(people.teacher, s.setId, s.questionId);
    const removed = await snapshot();
    expect(await codeOf(questions.archiveQuestion(people.teacher, s.setId, s.questionId))).toBe("not-found");
    expect(await codeOf(questions.moveQuestion(people.teacher, s.setId, s.questionId, "up"))).toBe("not-found");
    expect(await snapshot()).toBe(removed);
  });
});
