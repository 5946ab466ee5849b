// Importing sets on a real migrated database (issue 19): the shipped set the-call round-trips through its
// Footnote zip to the same questions and citations (new ids where the library's collide); a refused file
// writes nothing; a teacher's CSV arrives needing sources, gets them through Find the evidence, publishes
// and is studied; a library import survives content sync; and who may own an import and attach articles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/viewer";
import type { ImportedSet } from "../../lib/interchange/types";
import { makeArticle, makeSet } from "../support/authored-content";
import { insertTeacherArticle, type TeacherArticle } from "../support/teacher-article";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let importing: typeof import("../../lib/interchange/import-file");
let writer: typeof import("../../lib/interchange/import-set");
let download: typeof import("../../lib/interchange/export-download");
let questions: typeof import("../../lib/authoring/questions");
let publish: typeof import("../../lib/authoring/publish");
let proposals: typeof import("../../lib/drafts/evidence-proposals");
let queue: typeof import("../../lib/study/queue");
let answers: typeof import("../../lib/study/answer");
let classes: typeof import("../../lib/classes/classes");
let assignments: typeof import("../../lib/classes/assignments");
let viewers: typeof import("../../lib/auth/viewer");
let sync: typeof import("../../lib/content/sync");
let load: typeof import("../../lib/content/load");

const people: Record<string, Viewer> = {};
let classId: string;
let harbour: TeacherArticle;
let othersArticle: TeacherArticle;
let n = 0;

const HARBOUR = [
  "The harbour froze in the winter of 1947, and the ferries stopped for six weeks.",
  "Mayor Ilse Brandt opened the new bridge on 3 May 1952; the ferry service ended that summer.",
];
const bytes = (text: string) => new TextEncoder().encode(text);

async function person(name: string, role: "STUDENT" | "TEACHER", isGuest = false): Promise<Viewer> {
  return viewers.viewerFromRow(
    await t.db.user.create({
      data: { name, role, isGuest, email: isGuest ? null : `${name}-${++n}@example.com` },
      select: viewers.VIEWER_COLUMNS,
    }),
  );
}

async function errorOf(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected a refusal");
}

async function counts() {
  return {
    sets: await t.db.questionSet.count(),
    articles: await t.db.article.count(),
    passages: await t.db.passage.count(),
    questions: await t.db.question.count(),
    citations: await t.db.citation.count(),
    links: await t.db.setArticle.count(),
  };
}

/** A set's questions and citations as a person reads them: no ids, articles by title. */
async function readable(setId: string) {
  const rows = await t.db.question.findMany({
    where: { setId, archivedAt: null },
    orderBy: { position: "asc" },
    include: {
      citations: { orderBy: { position: "asc" }, include: { passage: true, article: { select: { title: true } } } },
    },
  });
  return rows.map((q) => ({
    type: q.type,
    prompt: q.prompt,
    choices: JSON.parse(q.choices) as string[],
    answers: JSON.parse(q.answers) as string[],
    explanation: q.explanation,
    citations: q.citations.map((c) => ({
      article: c.article.title,
      passage: c.passage.key,
      passageText: c.passage.text,
      quote: c.quote,
    })),
  }));
}

/** A small set as a parser would bring it, with its own ids for the article and questions. */
function councilSet(overrides: Partial<ImportedSet> = {}): ImportedSet {
  return {
    format: "footnote",
    id: "council-vote",
    title: "Council vote",
    description: "The vote.",
    articles: [
      {
        ref: "council-article",
        title: "Town council votes on the new library",
        passages: [
          { key: "vote", text: "The council voted 5 to 2 on Monday to build a new library." },
          { key: "spring", text: "Construction starts in the spring." },
        ],
      },
    ],
    questions: [
      {
        id: "council-q1",
        type: "true-false",
        prompt: "The vote was 5 to 2.",
        choices: ["True", "False"],
        answers: ["True"],
        explanation: "",
        citations: [{ article: "council-article", passage: "vote", quote: "voted 5 to 2" }],
        where: "line 1",
      },
      {
        id: "council-q2",
        type: "flashcard",
        prompt: "When does construction start?",
        choices: [],
        answers: ["In the spring"],
        explanation: "The second paragraph.",
        citations: [],
        where: "line 2",
      },
      {
        id: "council-q3",
        type: "multiple-choice",
        prompt: "What will be built?",
        choices: ["A library", "A bridge"],
        answers: ["A library"],
        explanation: "",
        citations: [{ article: "council-article", passage: "vote", quote: "build a new library" }],
        where: "line 3",
      },
    ],
    ...overrides,
  };
}

beforeAll(async () => {
  t = await useAppDatabase();
  importing = await import("../../lib/interchange/import-file");
  writer = await import("../../lib/interchange/import-set");
  download = await import("../../lib/interchange/export-download");
  questions = await import("../../lib/authoring/questions");
  publish = await import("../../lib/authoring/publish");
  proposals = await import("../../lib/drafts/evidence-proposals");
  queue = await import("../../lib/study/queue");
  answers = await import("../../lib/study/answer");
  classes = await import("../../lib/classes/classes");
  assignments = await import("../../lib/classes/assignments");
  viewers = await import("../../lib/auth/viewer");
  sync = await import("../../lib/content/sync");
  load = await import("../../lib/content/load");
  people.teacher = await person("rivera", "TEACHER");
  people.otherTeacher = await person("okafor", "TEACHER");
  people.student = await person("ana", "STUDENT");
  people.otherStudent = await person("ben", "STUDENT");
  people.guest = await person("guest", "STUDENT", true);
  const classroom = await classes.createClass(people.teacher, "Period 3");
  classId = classroom.id;
  await classes.joinClass(people.student, classroom.joinCode);
  harbour = await insertTeacherArticle(t.db, people.teacher.id, "The harbour", HARBOUR);
  othersArticle = await insertTeacherArticle(t.db, people.otherTeacher.id, "Okafor's notes", ["Private notes."]);
});
afterAll(() => t.close());

describe("a footnote zip", () => {
  it("round-trips the shipped set the-call: same questions and citations, new ids where the library's collide", async () => {
    const { bytes: zip } = (await download.exportDownload(people.teacher, "the-call", "footnote")).file;
    const result = await importing.importFile(people.teacher.id, zip, "the-call.zip");
    const library = await t.db.setArticle.count({ where: { setId: "the-call" } });
    expect(result).toMatchObject({ format: "footnote", questions: 12, needsSource: 0, skipped: [] });
    expect(result.articleIds).toHaveLength(library);
    // A teacher's rows always get new ids: the set's, its articles' and its 12 questions' were all replaced.
    expect(result.remapped).toBe(1 + library + 12);
    expect(result.setId).not.toBe("the-call");
    expect(await readable(result.setId)).toEqual(await readable("the-call"));

    const set = await t.db.questionSet.findUniqueOrThrow({ where: { id: result.setId }, include: { articles: true } });
    expect(set).toMatchObject({
      ownerId: people.teacher.id,
      visibility: "PRIVATE",
      publishedAt: null,
      importedFrom: "footnote: the-call.zip",
      title: "The call itself",
    });
    expect(set.articles.map((a) => a.articleId).sort()).toEqual([...result.articleIds].sort());
    for (const id of result.articleIds) {
      const article = await t.db.article.findUniqueOrThrow({ where: { id }, include: { passages: true } });
      expect(article).toMatchObject({ ownerId: people.teacher.id, importedFrom: "footnote: the-call.zip" });
      expect(article.passages.every((p) => p.id === `${id}/${p.key}`)).toBe(true);
    }
    const citations = await t.db.citation.findMany({
      where: { question: { setId: result.setId } },
      include: { passage: true },
    });
    expect(citations).toHaveLength(await t.db.citation.count({ where: { question: { setId: "the-call" } } }));
    for (const c of citations) {
      expect(c.status).toBe("ANCHORED");
      expect(c.passage.text.slice(c.start!, c.end!)).toBe(c.quote);
      expect(c.passage.text.slice(0, c.start!).endsWith(c.prefix)).toBe(true);
      expect(c.passage.text.slice(c.end!).startsWith(c.suffix)).toBe(true);
    }
    expect(await t.db.question.count({ where: { setId: result.setId, heldAt: { not: null } } })).toBe(0);
    // The import is a draft like any other: it publishes, since every question cites.
    await publish.publishSet(people.teacher, result.setId, "PRIVATE");
  });

  it("round-trips a teacher's set: the article's outlet, date and source address come back too", async () => {
    const article = await makeArticle(t.db, people.teacher.id, {
      title: "Town council votes on the new library",
      outlet: "The Ledger",
      publishedOn: "3 Feb. 2026",
      sourceUrl: "https://ledger.example/council",
      translationNote: "Translated from Dutch.",
      passages: ["The council voted 5 to 2 on Monday to build a new library.", "Construction starts in the spring."],
    });
    const set = await makeSet(t.db, people.teacher.id, {
      title: "Council vote",
      description: "The vote.",
      questions: [
        {
          type: "CLOZE",
          prompt: "The council voted _____ on Monday.",
          answers: ["5 to 2", "five to two"],
          explanation: "The first passage.",
          cite: [{ article, passage: "p1", quote: "voted 5 to 2" }],
        },
      ],
    });
    const { bytes: zip } = (await download.exportDownload(people.teacher, set.id, "footnote")).file;
    const result = await importing.importFile(people.otherTeacher.id, zip, "council.zip");
    expect(await readable(result.setId)).toEqual(await readable(set.id));
    const copy = await t.db.article.findUniqueOrThrow({ where: { id: result.articleIds[0] } });
    expect(copy).toMatchObject({
      ownerId: people.otherTeacher.id,
      title: "Town council votes on the new library",
      outlet: "The Ledger",
      publishedOn: "3 Feb. 2026",
      sourceUrl: "https://ledger.example/council",
      translationNote: "Translated from Dutch.",
    });
  });

  it("gives a teacher's import new random ids for everything but passage keys", async () => {
    const result = await writer.importSet(people.teacher.id, councilSet(), "footnote: council.zip");
    expect(result.remapped).toBe(5); // the set, its article, its 3 questions
    const random = /^[a-z2-7]{26}$/;
    expect(result.setId).toMatch(random);
    expect(result.articleIds).toEqual([expect.stringMatching(random)]);
    const rows = await t.db.question.findMany({ where: { setId: result.setId }, orderBy: { position: "asc" } });
    expect(rows.map((q) => q.id)).toEqual([0, 1, 2].map(() => expect.stringMatching(random)));
    expect(rows.map((q) => q.heldAt !== null)).toEqual([false, true, false]);
    expect(result.needsSource).toBe(1);
    const passages = await t.db.passage.findMany({
      where: { articleId: result.articleIds[0] },
      orderBy: { position: "asc" },
    });
    expect(passages.map((p) => [p.id, p.key])).toEqual([
      [`${result.articleIds[0]}/vote`, "vote"],
      [`${result.articleIds[0]}/spring`, "spring"],
    ]);
  });
});

describe("a refused file", () => {
  it("writes nothing: a file whose third question is bad leaves no set, article or question behind", async () => {
    const before = await counts();
    const bad = councilSet();
    bad.questions[2] = { ...bad.questions[2], answers: ["A school"] };
    const refused = await errorOf(writer.importSet(people.teacher.id, bad, "gift: bad.gift"));
    expect(refused).toMatchObject({
      code: "import-refused",
      message: 'line 3: answer "A school" is not among its choices',
    });

    const badQuote = councilSet();
    badQuote.questions[2] = {
      ...badQuote.questions[2],
      citations: [{ article: "council-article", passage: "vote", quote: "a new school" }],
    };
    expect(await errorOf(writer.importSet(people.teacher.id, badQuote, "x"))).toMatchObject({
      code: "import-refused",
      message: 'line 3: quote not found in passage "council-article#vote": "a new school"',
    });
    const unknown = councilSet();
    unknown.questions[2] = {
      ...unknown.questions[2],
      citations: [{ article: "elsewhere", passage: "vote", quote: "x" }],
    };
    expect((await errorOf(writer.importSet(people.teacher.id, unknown, "x"))).message).toBe(
      'line 3: unknown article "elsewhere"',
    );
    const empty = councilSet();
    empty.questions[2] = { ...empty.questions[2], prompt: "  " };
    expect((await errorOf(writer.importSet(people.teacher.id, empty, "x"))).message).toBe(
      'line 3: "prompt": must not be empty',
    );
    const csv = await errorOf(importing.importFile(people.teacher.id, bytes("a\tb\nc\td\ne\t\n"), "terms.txt"));
    expect(csv).toMatchObject({ code: "import-refused", message: "row 3: the definition is empty" });
    expect(await counts()).toEqual(before);
  });

  it("refuses more questions than a set may hold, as the editor does", async () => {
    expect((await import("../../lib/interchange/import/prepare")).IMPORT_MAX_QUESTIONS).toBe(
      questions.SET_MAX_QUESTIONS,
    );
    const many = councilSet();
    many.questions = Array.from({ length: 501 }, (_, i) => ({
      ...many.questions[1],
      id: undefined,
      where: `line ${i}`,
    }));
    expect((await errorOf(writer.importSet(people.teacher.id, many, "x"))).message).toMatch(/at most 500/);
  });
});

describe("a term list typed by a teacher", () => {
  it("arrives needing sources, gets them through Find the evidence, publishes and is studied", async () => {
    const csv = "term,definition\nWho opened the new bridge?,Ilse Brandt\nWhen did the harbour freeze?,1947\n";
    const result = await importing.importFile(people.teacher.id, bytes(csv), "Harbour quiz.csv", {
      as: "short-answer",
      attachArticleIds: [harbour.id, "cnn-biden-xi-call"],
    });
    expect(result).toMatchObject({ format: "csv", questions: 2, needsSource: 2, remapped: 0, articleIds: [] });
    const set = await t.db.questionSet.findUniqueOrThrow({ where: { id: result.setId }, include: { articles: true } });
    expect(set.title).toBe("Harbour quiz");
    expect(set.articles.map((a) => a.articleId).sort()).toEqual([harbour.id, "cnn-biden-xi-call"].sort());
    expect((await errorOf(publish.publishSet(people.teacher, result.setId, "PRIVATE"))).code).toBe("publish-blocked");

    const found = await proposals.proposeEvidence(people.teacher, result.setId);
    const ids = (await t.db.question.findMany({ where: { setId: result.setId }, orderBy: { position: "asc" } })).map(
      (q) => q.id,
    );
    expect(Object.keys(found).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const [best] = found[id];
      expect(best.articleTitle).toBe("The harbour");
      await questions.citeQuestion(people.teacher, result.setId, id, {
        passageId: best.passageId,
        quote: best.quote,
        start: best.start,
        end: best.end,
      });
    }
    await publish.publishSet(people.teacher, result.setId, "PRIVATE");
    await assignments.assignSets(people.teacher, classId, {
      setIds: [result.setId],
      dueAt: new Date(Date.now() + 7 * 86_400_000),
      timeZone: "UTC",
      goalAccuracy: 0.8,
      goalCoverage: 1,
    });
    expect((await queue.studyQueue(people.student, result.setId)).newLeft).toBe(2);
    const answer = await answers.recordAnswer({
      userId: people.student.id,
      setId: result.setId,
      questionId: ids[0],
      clientId: `c-${ids[0]}`,
      response: "ilse brandt",
    });
    expect(answer.correct).toBe(true);
  });
});

describe("into the library (content:import without --owner)", () => {
  it("lands unpublished with no owner, keeps the file's set id, and content sync leaves it alone", async () => {
    const result = await writer.importSet(
      null,
      councilSet({
        id: "library-council",
        articles: [{ ...councilSet().articles[0], ref: "library-council-article" }],
        questions: councilSet().questions.map((q) => ({
          ...q,
          id: `library-${q.id}`,
          citations: q.citations.map((c) => ({ ...c, article: "library-council-article" })),
        })),
      }),
      "footnote: council.zip",
    );
    expect(result).toMatchObject({ setId: "library-council", articleIds: ["library-council-article"], remapped: 0 });
    const questionIds = await t.db.question.findMany({ where: { setId: result.setId }, orderBy: { position: "asc" } });
    expect(questionIds.map((q) => q.id)).toEqual(["library-council-q1", "library-council-q2", "library-council-q3"]);
    const before = await readable(result.setId);
    await sync.syncContent(t.db, load.loadContent());
    const set = await t.db.questionSet.findUniqueOrThrow({ where: { id: "library-council" } });
    expect(set).toMatchObject({
      ownerId: null,
      publishedAt: null,
      archivedAt: null,
      importedFrom: "footnote: council.zip",
    });
    const article = await t.db.article.findUniqueOrThrow({ where: { id: "library-council-article" } });
    expect(article).toMatchObject({ ownerId: null, archivedAt: null });
    expect(await readable(result.setId)).toEqual(before);
    expect(await t.db.question.count({ where: { setId: result.setId, archivedAt: { not: null } } })).toBe(0);

    // The same file again: every id is taken now, so every one is replaced.
    const again = await writer.importSet(null, councilSet(), "footnote: council.zip");
    const twice = await writer.importSet(null, councilSet(), "footnote: council.zip");
    expect(again.remapped).toBe(0);
    expect(twice.remapped).toBe(5);
    expect(await readable(twice.setId)).toEqual(await readable(again.setId));
  });
});

describe("who may own an import, and which articles it may attach", () => {
  it("takes only a teacher as owner: a student, a student of the teacher's class, a guest and nobody known are refused", async () => {
    const before = await counts();
    for (const who of [people.student, people.otherStudent, people.guest]) {
      expect((await errorOf(writer.importSet(who.id, councilSet(), "x"))).code).toBe("teachers-only");
    }
    expect((await errorOf(writer.importSet("no-such-user", councilSet(), "x"))).code).toBe("teachers-only");
    expect(await counts()).toEqual(before);
  });

  it("attaches the owner's own and the library's articles, never another teacher's", async () => {
    const before = await counts();
    const refused = await errorOf(
      importing.importFile(people.teacher.id, bytes("a\tb\n"), "x.txt", { attachArticleIds: [othersArticle.id] }),
    );
    expect(refused.code).toBe("not-found");
    const missing = await errorOf(
      importing.importFile(people.teacher.id, bytes("a\tb\n"), "x.txt", { attachArticleIds: ["no-such-article"] }),
    );
    expect(missing.code).toBe("not-found");
    expect(await counts()).toEqual(before);
    // Another teacher imports and attaches their own: fine; the first teacher's article is not theirs.
    const theirs = await importing.importFile(people.otherTeacher.id, bytes("a\tb\n"), "x.txt", {
      attachArticleIds: [othersArticle.id],
    });
    expect(await t.db.setArticle.count({ where: { setId: theirs.setId } })).toBe(1);
    expect(
      (
        await errorOf(
          importing.importFile(people.otherTeacher.id, bytes("a\tb\n"), "x.txt", { attachArticleIds: [harbour.id] }),
        )
      ).code,
    ).toBe("not-found");
    // The library's own import may attach only the library's articles.
    expect(
      (await errorOf(importing.importFile(null, bytes("a\tb\n"), "x.txt", { attachArticleIds: [harbour.id] }))).code,
    ).toBe("not-found");
  });
});
