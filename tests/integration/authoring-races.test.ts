// Two tabs at once: the set editor's and article editor's writes sent concurrently, as two browser tabs (or
// a double-click) would. No write is lost, no two questions share a place, no published set holds no
// question it did not have when published, and no citation points into a passage an edit removed.
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
let teacher: Viewer;

const TF = { type: "true-false", prompt: "They discussed Taiwan.", answer: "True", explanation: "Listed." };
const PARAGRAPHS = ["They discussed Taiwan and trade.", "Both sides called it candid.", "Officials said so later."];

async function settled(works: Promise<unknown>[]) {
  return (await Promise.allSettled(works)).map((r) =>
    r.status === "fulfilled" ? "ok" : ((r.reason as { code?: string }).code ?? String(r.reason)),
  );
}

async function freshSet(article: TeacherArticle, count: number) {
  const { id: setId } = await sets.createSet(teacher, { title: "Set", description: "", articleIds: [article.id] });
  const ids: string[] = [];
  for (let i = 0; i < count; i++)
    ids.push(
      (
        await questions.saveQuestion(teacher, setId, {
          ...TF,
          prompt: `Question ${i + 1}`,
          citation: { passageId: article.passages[0].id, quote: "Taiwan" },
        })
      ).id,
    );
  return { setId, ids };
}

beforeAll(async () => {
  t = await useAppDatabase();
  sets = await import("../../lib/authoring/sets");
  questions = await import("../../lib/authoring/questions");
  publish = await import("../../lib/authoring/publish");
  text = await import("../../lib/authoring/article-text");
  viewers = await import("../../lib/auth/viewer");
  teacher = viewers.viewerFromRow(
    await t.db.user.create({
      data: { name: "rivera", role: "TEACHER", email: "rivera@example.com" },
      select: viewers.VIEWER_COLUMNS,
    }),
  );
});
afterAll(() => t.close());

describe("races", () => {
  // Publishing, then removing the last question (or orphaning its citation) is allowed in that order: a
  // published set may lose questions. So a race must end as one of the two orders would, never otherwise.
  it("publishing while the only question is removed ends as one of the two orders would", async () => {
    const article = await insertTeacherArticle(t.db, teacher.id, "A", PARAGRAPHS);
    const { setId, ids } = await freshSet(article, 1);
    const outcomes = await settled([
      publish.publishSet(teacher, setId, "PUBLIC"),
      questions.archiveQuestion(teacher, setId, ids[0]),
    ]);
    const set = await t.db.questionSet.findUniqueOrThrow({ where: { id: setId } });
    const live = await t.db.question.count({ where: { setId, archivedAt: null } });
    expect([
      { outcomes: ["ok", "ok"], published: true, live: 0 },
      { outcomes: ["publish-blocked", "ok"], published: false, live: 0 },
    ]).toContainEqual({ outcomes, published: set.publishedAt !== null, live });
  });

  it("publishing while an article edit orphans the only citation ends as one of the two orders would", async () => {
    const article = await insertTeacherArticle(t.db, teacher.id, "B", PARAGRAPHS);
    const { setId } = await freshSet(article, 1);
    const outcomes = await settled([
      publish.publishSet(teacher, setId, "PUBLIC"),
      text.replaceArticleText(teacher, article.id, "Something else entirely.\n\nNothing of the kind."),
    ]);
    const set = await t.db.questionSet.findUniqueOrThrow({ where: { id: setId } });
    const held = await t.db.question.count({ where: { setId, archivedAt: null, heldAt: { not: null } } });
    expect([
      { outcomes: ["ok", "ok"], published: true, held: 1 },
      { outcomes: ["publish-blocked", "ok"], published: false, held: 1 },
    ]).toContainEqual({ outcomes, published: set.publishedAt !== null, held });
  });

  it("two tabs each removing a different one of a question's two citations leave it uncited and held from study", async () => {
    const article = await insertTeacherArticle(t.db, teacher.id, "C", PARAGRAPHS);
    const { setId, ids } = await freshSet(article, 1);
    await questions.saveQuestion(teacher, setId, {
      ...TF,
      questionId: ids[0],
      citation: { passageId: article.passages[1].id, quote: "candid" },
    });
    const [c1, c2] = await t.db.citation.findMany({ where: { questionId: ids[0] }, orderBy: { position: "asc" } });
    const outcomes = await settled([
      questions.saveQuestion(teacher, setId, { ...TF, questionId: ids[0], removeCitationIds: [c1.id] }),
      questions.saveQuestion(teacher, setId, { ...TF, questionId: ids[0], removeCitationIds: [c2.id] }),
    ]);
    // A question may be saved citing nothing (it then needs a source), but never studied so: whichever save
    // commits last must see both removals and hold the question.
    expect(outcomes).toEqual(["ok", "ok"]);
    expect(await t.db.citation.count({ where: { questionId: ids[0] } })).toBe(0);
    expect((await t.db.question.findUniqueOrThrow({ where: { id: ids[0] } })).heldAt).not.toBeNull();
  });

  it("moving questions from two tabs at once keeps every place distinct", async () => {
    const article = await insertTeacherArticle(t.db, teacher.id, "D", PARAGRAPHS);
    const { setId, ids } = await freshSet(article, 4);
    await settled([
      questions.moveQuestion(teacher, setId, ids[3], "up"),
      questions.moveQuestion(teacher, setId, ids[0], "down"),
      questions.moveQuestion(teacher, setId, ids[2], "up"),
    ]);
    const positions = (await t.db.question.findMany({ where: { setId }, select: { position: true } })).map(
      (q) => q.position,
    );
    expect(new Set(positions).size).toBe(4);
  });

  it("two new questions saved at once take different places", async () => {
    const article = await insertTeacherArticle(t.db, teacher.id, "E", PARAGRAPHS);
    const { setId } = await freshSet(article, 1);
    await settled(
      [1, 2, 3].map((n) =>
        questions.saveQuestion(teacher, setId, {
          ...TF,
          prompt: `New ${n}`,
          citation: { passageId: article.passages[0].id, quote: "Taiwan" },
        }),
      ),
    );
    const positions = (await t.db.question.findMany({ where: { setId }, select: { position: true } })).map(
      (q) => q.position,
    );
    expect(positions).toHaveLength(4);
    expect(new Set(positions).size).toBe(4);
  });

  it("a citation saved while the article's text is edited never points into a passage the edit removed", async () => {
    const article = await insertTeacherArticle(t.db, teacher.id, "F", PARAGRAPHS);
    const { setId, ids } = await freshSet(article, 1);
    const outcomes = await settled([
      questions.saveQuestion(teacher, setId, {
        ...TF,
        questionId: ids[0],
        citation: { passageId: article.passages[2].id, quote: "Officials said" },
      }),
      text.replaceArticleText(teacher, article.id, `${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`),
    ]);
    const intoArchived = await t.db.citation.count({
      where: { questionId: ids[0], passage: { archivedAt: { not: null } }, status: { not: "ORPHANED" } },
    });
    expect({ outcomes, intoArchived }).toMatchObject({ intoArchived: 0 });
  });

  it("two article edits at once: the later one wins whole, and every citation matches the text that stands", async () => {
    const article = await insertTeacherArticle(t.db, teacher.id, "G", PARAGRAPHS);
    const { setId, ids } = await freshSet(article, 1);
    await settled([
      text.replaceArticleText(teacher, article.id, `Intro.\n\n${PARAGRAPHS.join("\n\n")}`),
      text.replaceArticleText(teacher, article.id, `${PARAGRAPHS.join("\n\n")}\n\nOutro.`),
    ]);
    const citation = await t.db.citation.findFirstOrThrow({
      where: { questionId: ids[0] },
      include: { passage: true },
    });
    expect(citation.passage.archivedAt).toBeNull();
    expect(citation.passage.text.slice(citation.start!, citation.end!)).toBe(citation.quote);
    void setId;
  });
});

describe("races between the set's details and its questions", () => {
  it("dropping an article from the set while a question cites it never leaves a question citing an article the set lacks", async () => {
    const first = await insertTeacherArticle(t.db, teacher.id, "H1", PARAGRAPHS);
    const second = await insertTeacherArticle(t.db, teacher.id, "H2", ["Another article, another claim."]);
    const { setId, ids } = await freshSet(first, 1);
    await sets.updateSet(teacher, setId, { title: "Set", description: "", articleIds: [first.id, second.id] });
    const outcomes = await settled([
      sets.updateSet(teacher, setId, { title: "Set", description: "", articleIds: [first.id] }),
      questions.saveQuestion(teacher, setId, {
        ...TF,
        questionId: ids[0],
        citation: { passageId: second.passages[0].id, quote: "another claim" },
      }),
    ]);
    const inSet = (await t.db.setArticle.findMany({ where: { setId } })).map((a) => a.articleId);
    const cited = (await t.db.citation.findMany({ where: { questionId: ids[0] } })).map((c) => c.articleId);
    expect({ outcomes, strays: cited.filter((a) => !inSet.includes(a)) }).toMatchObject({ strays: [] });
  });
});
