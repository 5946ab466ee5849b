// The set editor's domain on a real database: questions of every type saved and studied, the checks with
// content:check's wording, publishing, answer changes and learners' progress, archiving, accepting a
// re-anchored citation, the question limit, and who may do what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/viewer";
import { useAppDatabase, type TestDatabase } from "../support/test-database";
import { insertTeacherArticle, type TeacherArticle } from "../support/teacher-article";

let t: TestDatabase;
let sets: typeof import("../../lib/authoring/sets");
let questions: typeof import("../../lib/authoring/questions");
let publish: typeof import("../../lib/authoring/publish");
let editor: typeof import("../../lib/authoring/set-editor");
let study: typeof import("../../lib/study/answer");
let queue: typeof import("../../lib/study/queue");
let classes: typeof import("../../lib/classes/classes");
let viewers: typeof import("../../lib/auth/viewer");
let classId: string;

const people: Record<string, Viewer> = {};
let article: TeacherArticle;

const PARAGRAPHS = [
  "The two presidents spoke by phone for an hour and forty-five minutes on Tuesday.",
  "They discussed trade, Taiwan and the flow of fentanyl, officials said afterwards.",
  "Both sides called the conversation candid and constructive.",
];

async function person(name: string, role: "STUDENT" | "TEACHER", isGuest = false): Promise<Viewer> {
  return viewers.viewerFromRow(
    await t.db.user.create({
      data: { name, role, isGuest, email: isGuest ? null : `${name}@example.com` },
      select: viewers.VIEWER_COLUMNS,
    }),
  );
}

const cite = (passage: number, quote: string) => ({ passageId: article.passages[passage].id, quote });
const offsets = (passage: number, quote: string) => {
  const start = article.passages[passage].text.indexOf(quote);
  return { passageId: article.passages[passage].id, quote: "", start, end: start + quote.length };
};

/** One question of each type, as the editor's form sends them. */
const FORMS = {
  "multiple-choice": {
    type: "multiple-choice",
    prompt: "How long did the call last?",
    choices: "An hour\nAn hour and forty-five minutes\nTwo hours",
    answer: "An hour and forty-five minutes",
    explanation: "The report gives its length.",
  },
  "true-false": { type: "true-false", prompt: "They discussed Taiwan.", answer: "True", explanation: "Listed." },
  "short-answer": {
    type: "short-answer",
    prompt: "On which day did they speak?",
    answer: "Tuesday",
    accept: "on Tuesday",
    explanation: "The first paragraph says so.",
  },
  cloze: { type: "cloze", prompt: "Both sides called it {{candid}} and constructive.", explanation: "Quoted." },
  flashcard: { type: "flashcard", prompt: "fentanyl", answer: "A topic of the call", explanation: "Paragraph 2." },
} as const;

async function draftSet(owner: Viewer = people.teacher) {
  return sets.createSet(owner, { title: "The call", description: "", articleIds: [article.id] });
}

async function errorOf(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    return error as { code: string; message: string; issues?: { field: string; message: string }[] };
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  t = await useAppDatabase();
  sets = await import("../../lib/authoring/sets");
  questions = await import("../../lib/authoring/questions");
  publish = await import("../../lib/authoring/publish");
  editor = await import("../../lib/authoring/set-editor");
  study = await import("../../lib/study/answer");
  queue = await import("../../lib/study/queue");
  classes = await import("../../lib/classes/classes");
  viewers = await import("../../lib/auth/viewer");
  people.teacher = await person("rivera", "TEACHER");
  people.otherTeacher = await person("okafor", "TEACHER");
  people.student = await person("ana", "STUDENT");
  people.otherStudent = await person("ben", "STUDENT");
  people.guest = await person("guest", "STUDENT", true);
  const classroom = await classes.createClass(people.teacher, "Period 3");
  classId = classroom.id;
  await classes.joinClass(people.student, classroom.joinCode);
  article = await insertTeacherArticle(t.db, people.teacher.id, "Phone call", PARAGRAPHS);
});
afterAll(() => t.close());

/** A private set reaches its students through an assignment: the student's class gets this one. */
async function assignToClass(setId: string) {
  const { assignSets } = await import("../../lib/classes/assignments");
  const dueAt = new Date(Date.now() + 7 * 86_400_000);
  await assignSets(people.teacher, classId, {
    setIds: [setId],
    dueAt,
    timeZone: "UTC",
    goalAccuracy: 0.8,
    goalCoverage: 1,
  });
}

describe("writing questions", () => {
  it("stores each of the five types as content sync does, and learners study and are graded on them", async () => {
    const { id: setId } = await draftSet();
    const ids: Record<string, string> = {};
    ids.mc = (
      await questions.saveQuestion(people.teacher, setId, {
        ...FORMS["multiple-choice"],
        citation: offsets(0, "an hour and forty-five minutes"),
      })
    ).id;
    ids.tf = (
      await questions.saveQuestion(people.teacher, setId, {
        ...FORMS["true-false"],
        citation: cite(1, "trade, Taiwan"),
      })
    ).id;
    ids.sa = (
      await questions.saveQuestion(people.teacher, setId, { ...FORMS["short-answer"], citation: cite(0, "on Tuesday") })
    ).id;
    ids.cloze = (
      await questions.saveQuestion(people.teacher, setId, {
        ...FORMS.cloze,
        citation: cite(2, "candid and constructive"),
      })
    ).id;
    ids.card = (
      await questions.saveQuestion(people.teacher, setId, {
        ...FORMS.flashcard,
        citation: cite(1, "the flow of fentanyl"),
      })
    ).id;

    const rows = await t.db.question.findMany({
      where: { setId },
      orderBy: { position: "asc" },
      include: { citations: true },
    });
    expect(rows.map((r) => [r.type, r.prompt, JSON.parse(r.choices), JSON.parse(r.answers), r.heldAt])).toEqual([
      [
        "MULTIPLE_CHOICE",
        "How long did the call last?",
        ["An hour", "An hour and forty-five minutes", "Two hours"],
        ["An hour and forty-five minutes"],
        null,
      ],
      ["TRUE_FALSE", "They discussed Taiwan.", ["True", "False"], ["True"], null],
      ["SHORT_ANSWER", "On which day did they speak?", [], ["Tuesday", "on Tuesday"], null],
      ["CLOZE", "Both sides called it _____ and constructive.", [], ["candid"], null],
      ["FLASHCARD", "fentanyl", [], ["A topic of the call"], null],
    ]);
    // The selection's offsets became the W3C selectors, read from the stored passage.
    expect(rows[0].citations[0]).toMatchObject({
      quote: "an hour and forty-five minutes",
      prefix: PARAGRAPHS[0].slice(38 - 32, 38),
      suffix: " on Tuesday.",
      start: 38,
      end: 68,
      status: "ANCHORED",
      passageId: article.passages[0].id,
    });
    expect(rows[1].citations[0]).toMatchObject({ quote: "trade, Taiwan", start: 15, end: 28 });

    await publish.publishSet(people.teacher, setId, "PRIVATE");
    await assignToClass(setId);
    const learner = people.student;
    const first = await queue.studyQueue(learner, setId);
    expect(first.newLeft).toBe(5);
    const answers: [string, string][] = [
      [ids.mc, "An hour and forty-five minutes"],
      [ids.tf, "True"],
      [ids.sa, "tuesday"],
      [ids.cloze, "Candid"],
    ];
    for (const [questionId, response] of answers) {
      const result = await study.recordAnswer({
        userId: learner.id,
        setId,
        questionId,
        clientId: `c-${questionId}`,
        response,
      });
      expect(result.correct).toBe(true);
    }
    const wrong = await study.recordAnswer({
      userId: learner.id,
      setId,
      questionId: ids.tf,
      clientId: `w-${ids.tf}`,
      response: "False",
      now: new Date(Date.now() + 86_400_000 * 30),
    });
    expect(wrong.correct).toBe(false);
    const card = await study.recordAnswer({
      userId: learner.id,
      setId,
      questionId: ids.card,
      clientId: `c-${ids.card}`,
      response: "",
      selfGrade: 3,
    });
    expect(card.rating).toBe(3);
  });

  it("refuses each fault with content:check's wording, under the field concerned, and saves nothing", async () => {
    const { id: setId } = await draftSet();
    const cases: [Record<string, string>, { field: string; message: string }][] = [
      [
        { ...FORMS["multiple-choice"], prompt: "  " },
        { field: "prompt", message: "must not be empty" },
      ],
      [
        { ...FORMS["multiple-choice"], answer: "Three hours" },
        { field: "answer", message: 'answer "Three hours" is not among its choices' },
      ],
      [
        { ...FORMS["multiple-choice"], choices: "Yes\nyes", answer: "Yes" },
        { field: "choices", message: 'choice "yes" appears twice' },
      ],
      [
        { ...FORMS.cloze, prompt: "No blank here." },
        { field: "prompt", message: "must hold exactly one {{blank}}" },
      ],
      [
        { ...FORMS.cloze, prompt: "{{Two}} {{blanks}}" },
        { field: "prompt", message: "must hold exactly one {{blank}}" },
      ],
      [
        { ...FORMS.flashcard, explanation: "" },
        { field: "explanation", message: "must not be empty" },
      ],
    ];
    for (const [form, issue] of cases) {
      const error = await errorOf(
        questions.saveQuestion(people.teacher, setId, {
          ...form,
          explanation: form.explanation ?? "",
          prompt: form.prompt ?? "",
          type: form.type,
          citation: cite(0, "on Tuesday"),
        }),
      );
      expect(error.code).toBe("invalid-input");
      expect(error.issues).toContainEqual(issue);
    }
    const notVerbatim = await errorOf(
      questions.saveQuestion(people.teacher, setId, { ...FORMS["true-false"], citation: cite(1, "trade and Taiwan") }),
    );
    expect(notVerbatim.issues).toEqual([
      { field: "citeQuote", message: 'quote not found in passage "Phone call#2": "trade and Taiwan"' },
    ]);
    const otherArticle = await insertTeacherArticle(t.db, people.teacher.id, "Not in the set", ["Some words here."]);
    const foreign = await errorOf(
      questions.saveQuestion(people.teacher, setId, {
        ...FORMS["true-false"],
        citation: { passageId: otherArticle.passages[0].id, quote: "Some words" },
      }),
    );
    expect(foreign.issues?.[0].field).toBe("citePassage");
    expect(await t.db.question.count({ where: { setId } })).toBe(0);
  });

  it("never trusts the browser's quote: offsets are read from the stored passage, and a pasted quote that differs from them is looked up itself", async () => {
    const { id: setId } = await draftSet();
    const { id } = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["true-false"],
      citation: { ...offsets(1, "Taiwan"), quote: "Taiwan" },
    });
    const edited = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["true-false"],
      citation: { ...offsets(1, "Taiwan"), quote: "officials said" },
    });
    const first = await t.db.citation.findFirstOrThrow({ where: { questionId: id } });
    const second = await t.db.citation.findFirstOrThrow({ where: { questionId: edited.id } });
    expect([first.quote, first.start]).toEqual(["Taiwan", PARAGRAPHS[1].indexOf("Taiwan")]);
    expect([second.quote, second.start]).toEqual(["officials said", PARAGRAPHS[1].indexOf("officials said")]);
  });
});

describe("publishing", () => {
  it("refuses an empty set, and one whose question cites nothing or is held, naming the questions", async () => {
    const { id: setId } = await draftSet();
    expect((await errorOf(publish.publishSet(people.teacher, setId, "PUBLIC"))).code).toBe("publish-blocked");
    const q1 = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["true-false"],
      citation: cite(1, "Taiwan"),
    });
    const q2 = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["short-answer"],
      citation: cite(0, "Tuesday"),
    });
    await t.db.citation.updateMany({ where: { questionId: q2.id }, data: { status: "ORPHANED" } });
    await t.db.question.update({ where: { id: q2.id }, data: { heldAt: new Date() } });
    const refused = await errorOf(publish.publishSet(people.teacher, setId, "PUBLIC"));
    expect(refused.message).toContain("Fix question 2 (citation to fix) first");
    expect((await t.db.questionSet.findUniqueOrThrow({ where: { id: setId } })).publishedAt).toBeNull();
    await questions.archiveQuestion(people.teacher, setId, q2.id);
    await publish.publishSet(people.teacher, setId, "LINK");
    const set = await t.db.questionSet.findUniqueOrThrow({ where: { id: setId } });
    expect(set.publishedAt).not.toBeNull();
    expect(set.visibility).toBe("LINK");
    await publish.setVisibility(people.teacher, setId, "PRIVATE");
    expect((await t.db.questionSet.findUniqueOrThrow({ where: { id: setId } })).visibility).toBe("PRIVATE");
    expect(q1.id).toBeTruthy();
  });
});

describe("editing a published set", () => {
  async function publishedWithProgress() {
    const { id: setId } = await draftSet();
    const { id } = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["multiple-choice"],
      citation: cite(0, "Tuesday"),
    });
    await publish.publishSet(people.teacher, setId, "PRIVATE");
    await assignToClass(setId);
    await study.recordAnswer({
      userId: people.student.id,
      setId,
      questionId: id,
      clientId: `p-${id}`,
      response: "An hour",
    });
    expect(await t.db.card.count({ where: { questionId: id } })).toBe(1);
    return { setId, id };
  }

  it("keeps learners' progress when the answer stays, even with new wording", async () => {
    const { setId, id } = await publishedWithProgress();
    const result = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["multiple-choice"],
      questionId: id,
      prompt: "How long was the call?",
    });
    expect(result.reset).toBe(false);
    expect(await t.db.card.count({ where: { questionId: id } })).toBe(1);
  });

  it("starts the question afresh when the answer changes, keeping the review log", async () => {
    const { setId, id } = await publishedWithProgress();
    const result = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["multiple-choice"],
      questionId: id,
      answer: "An hour",
    });
    expect(result.reset).toBe(true);
    expect(await t.db.card.count({ where: { questionId: id } })).toBe(0);
    expect(await t.db.review.count({ where: { questionId: id } })).toBe(1);
  });

  it("changing a multiple-choice question's choices counts as a change of answer", async () => {
    const { setId, id } = await publishedWithProgress();
    await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["multiple-choice"],
      questionId: id,
      choices: "An hour\nAn hour and forty-five minutes",
    });
    expect(await t.db.card.count({ where: { questionId: id } })).toBe(0);
  });

  it("keeps progress on a change of answer when the teacher ticks keep", async () => {
    const { setId, id } = await publishedWithProgress();
    const result = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["multiple-choice"],
      questionId: id,
      answer: "An hour",
      keepProgress: true,
    });
    expect(result.reset).toBe(false);
    expect(await t.db.card.count({ where: { questionId: id } })).toBe(1);
  });

  it("removing a question archives it: gone from study and the editor, kept with its reviews", async () => {
    const { setId, id } = await publishedWithProgress();
    await questions.archiveQuestion(people.teacher, setId, id);
    const row = await t.db.question.findUniqueOrThrow({ where: { id } });
    expect(row.archivedAt).not.toBeNull();
    expect(await t.db.review.count({ where: { questionId: id } })).toBe(1);
    expect((await editor.setEditor(people.teacher, setId)).questions).toEqual([]);
    expect(
      (
        await errorOf(
          study.recordAnswer({
            userId: people.student.id,
            setId,
            questionId: id,
            clientId: `late-${id}`,
            response: "x",
          }),
        )
      ).code,
    ).toBe("question-gone");
  });

  it("a citation can be dropped and another added; dropping the last one holds the question from study (issue 18)", async () => {
    const { setId, id } = await publishedWithProgress();
    const [only] = await t.db.citation.findMany({ where: { questionId: id } });
    const uncited = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["multiple-choice"],
      questionId: id,
      removeCitationIds: [only.id],
    });
    expect(uncited.held).toBe(true);
    expect((await t.db.question.findUniqueOrThrow({ where: { id } })).heldAt).not.toBeNull();
    const recited = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["multiple-choice"],
      questionId: id,
      citation: cite(2, "candid"),
    });
    expect(recited.held).toBe(false);
    expect((await t.db.question.findUniqueOrThrow({ where: { id } })).heldAt).toBeNull();
    expect((await t.db.citation.findMany({ where: { questionId: id } })).map((c) => c.quote)).toEqual(["candid"]);
  });
});

describe("reordering, fixing and limits", () => {
  it("moves a question up and down, and stays put at either end", async () => {
    const { id: setId } = await draftSet();
    const a = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["true-false"],
      prompt: "A",
      citation: cite(1, "Taiwan"),
    });
    const b = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["true-false"],
      prompt: "B",
      citation: cite(1, "Taiwan"),
    });
    const c = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["true-false"],
      prompt: "C",
      citation: cite(1, "Taiwan"),
    });
    const order = async () => (await editor.setEditor(people.teacher, setId)).questions.map((q) => q.question.prompt);
    await questions.moveQuestion(people.teacher, setId, c.id, "up");
    expect(await order()).toEqual(["A", "C", "B"]);
    await questions.moveQuestion(people.teacher, setId, a.id, "down");
    expect(await order()).toEqual(["C", "A", "B"]);
    await questions.moveQuestion(people.teacher, setId, c.id, "up");
    await questions.moveQuestion(people.teacher, setId, b.id, "down");
    expect(await order()).toEqual(["C", "A", "B"]);
  });

  it("lists a CHECK citation with the place found; accepting it makes it the citation and releases the hold", async () => {
    const { id: setId } = await draftSet();
    const { id } = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["true-false"],
      citation: cite(1, "Taiwan"),
    });
    const [citation] = await t.db.citation.findMany({ where: { questionId: id } });
    const candidate = {
      passageKey: "p3",
      quote: {
        type: "TextQuoteSelector",
        exact: "candid",
        prefix: "Both sides called the conversation ",
        suffix: " and constructive.",
      },
      position: { type: "TextPositionSelector", start: 35, end: 41 },
    };
    await t.db.citation.update({
      where: { id: citation.id },
      data: { status: "CHECK", candidate: JSON.stringify(candidate) },
    });
    const { refreshHolds } = await import("../../lib/authoring/question-hold");
    await refreshHolds(t.db, [id]);

    const view = await editor.setEditor(people.teacher, setId);
    expect(view.fixes.map((q) => q.id)).toEqual([id]);
    expect(view.fixes[0].citations[0].candidate).toEqual({
      inContext: "…Both sides called the conversation [candid] and constructive.",
      passageNumber: 3,
    });
    expect(view.publish.blockers).toEqual([{ questionId: id, number: 1, reason: "citation to fix" }]);

    await questions.acceptCandidate(people.teacher, setId, citation.id);
    const after = await t.db.citation.findUniqueOrThrow({ where: { id: citation.id } });
    expect(after).toMatchObject({
      status: "ANCHORED",
      candidate: null,
      quote: "candid",
      passageId: article.passages[2].id,
      start: 35,
      end: 41,
    });
    expect((await t.db.question.findUniqueOrThrow({ where: { id } })).heldAt).toBeNull();
    expect((await editor.setEditor(people.teacher, setId)).fixes).toEqual([]);
  });

  it("refuses the 501st question with a message naming the limit, and saves nothing", async () => {
    const { id: setId } = await draftSet();
    await t.db.question.createMany({
      data: Array.from({ length: 500 }, (_, i) => ({
        id: `${setId}-q${i}`,
        setId,
        type: "FLASHCARD",
        position: i,
        prompt: `q${i}`,
        answers: '["a"]',
        explanation: "e",
        contentHash: "h",
      })),
    });
    const refused = await errorOf(
      questions.saveQuestion(people.teacher, setId, { ...FORMS.flashcard, citation: cite(1, "fentanyl") }),
    );
    expect(refused).toMatchObject({
      code: "too-many-questions",
      message: "A set may have at most 500 questions; this one has 500. Remove one first.",
    });
    expect(await t.db.question.count({ where: { setId } })).toBe(500);
  });

  it("a set needs at least one article, and may not drop one its questions cite", async () => {
    expect(
      (await errorOf(sets.createSet(people.teacher, { title: "X", description: "", articleIds: [] }))).issues,
    ).toEqual([{ field: "articleIds", message: "Choose at least one article for the set to draw on." }]);
    const others = await insertTeacherArticle(t.db, people.otherTeacher.id, "Theirs", ["Their words."]);
    expect(
      (await errorOf(sets.createSet(people.teacher, { title: "X", description: "", articleIds: [others.id] }))).code,
    ).toBe("not-found");
    const { id: setId } = await sets.createSet(people.teacher, {
      title: "X",
      description: "",
      articleIds: [article.id, "cnn-biden-xi-call"],
    });
    await questions.saveQuestion(people.teacher, setId, { ...FORMS["true-false"], citation: cite(1, "Taiwan") });
    expect(
      (
        await errorOf(
          sets.updateSet(people.teacher, setId, { title: "X", description: "", articleIds: ["cnn-biden-xi-call"] }),
        )
      ).code,
    ).toBe("article-in-use");
    await sets.updateSet(people.teacher, setId, { title: "Y", description: "d", articleIds: [article.id] });
    const view = await editor.setEditor(people.teacher, setId);
    expect([view.set.title, view.articles.map((a) => a.id)]).toEqual(["Y", [article.id]]);
  });
});

describe("the editor's read model", () => {
  it("shows one article at a time (the first by title unless asked), its passages numbered as in the pane", async () => {
    const second = await insertTeacherArticle(t.db, people.teacher.id, "The bridge", [
      "The mayor opened the bridge.",
      "Traffic returned within the hour, and the cafe on the corner was full by noon.",
    ]);
    const { id: setId } = await sets.createSet(people.teacher, {
      title: "Two articles",
      description: "",
      articleIds: [article.id, second.id],
    });
    await questions.saveQuestion(people.teacher, setId, { ...FORMS["true-false"], citation: cite(1, "Taiwan") });

    const first = await editor.setEditor(people.teacher, setId);
    expect(first.shown?.id).toBe(article.id);
    expect(first.shown?.passages.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect([first.shown?.window, first.shown?.total]).toEqual([{ from: 1, to: 3 }, 3]);
    expect(first.questions[0].citations[0]).toMatchObject({ articleTitle: "Phone call", passageNumber: 2 });

    const other = await editor.setEditor(people.teacher, setId, second.id);
    expect(other.shown?.passages.map((p) => p.text)).toEqual([
      "The mayor opened the bridge.",
      "Traffic returned within the hour, and the cafe on the corner was full by noon.",
    ]);
    // The question list still names the passage of the article not shown.
    expect(other.questions[0].citations[0]).toMatchObject({ articleTitle: "Phone call", passageNumber: 2 });

    // Editing a question shows the article it cites, unless another is asked for.
    const { id: onBridge } = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["true-false"],
      citation: { articleId: second.id, passageNumber: 2, quote: "the cafe on the corner" },
    });
    expect((await editor.setEditor(people.teacher, setId, undefined, { question: onBridge })).shown?.id).toBe(
      second.id,
    );
    expect((await editor.setEditor(people.teacher, setId, article.id, { question: onBridge })).shown?.id).toBe(
      article.id,
    );
  });

  it("refuses a passage number given without a quote, rather than saving the question uncited", async () => {
    const { id: setId } = await draftSet();
    const refused = await errorOf(
      questions.saveQuestion(people.teacher, setId, {
        ...FORMS["true-false"],
        citation: { articleId: article.id, passageNumber: 2, quote: "" },
      }),
    );
    expect(refused.issues).toEqual([
      { field: "citeQuote", message: "Paste the words of the passage that are the evidence." },
    ]);
    expect(await t.db.question.count({ where: { setId } })).toBe(0);
  });

  it("carries a window of 60 passages of a long article: the first, the one asked for, or the one around the edited question's citation; the rest is read whole by the owner", async () => {
    const long = await insertTeacherArticle(
      t.db,
      people.teacher.id,
      "A long report",
      Array.from({ length: 150 }, (_, i) => `Paragraph number ${i + 1} of the long report says its piece.`),
    );
    const { id: setId } = await sets.createSet(people.teacher, {
      title: "Long",
      description: "",
      articleIds: [long.id],
    });
    const numbers = (view: Awaited<ReturnType<typeof editor.setEditor>>) =>
      view.shown?.passages.map((p) => p.position + 1);
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

    const opened = await editor.setEditor(people.teacher, setId);
    expect([opened.shown?.window, opened.shown?.total, numbers(opened)]).toEqual([
      { from: 1, to: 60 },
      150,
      range(1, 60),
    ]);
    expect(numbers(await editor.setEditor(people.teacher, setId, long.id, { start: 61 }))).toEqual(range(61, 120));
    // The last window ends with the article.
    expect(numbers(await editor.setEditor(people.teacher, setId, long.id, { start: 140 }))).toEqual(range(140, 150));

    // Cited by its number, as the form sends it without JavaScript; the window then opens a little above it.
    const { id: questionId } = await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["true-false"],
      citation: { articleId: long.id, passageNumber: 70, quote: "Paragraph number 70" },
    });
    const stored = await t.db.citation.findFirstOrThrow({ where: { questionId }, select: { passageId: true } });
    expect(stored.passageId).toBe(long.passages[69].id);
    const editing = await editor.setEditor(people.teacher, setId, undefined, { question: questionId });
    expect(editing.shown?.window).toEqual({ from: 67, to: 126 });
    // A link of the pane wins over the edited question.
    expect(
      (await editor.setEditor(people.teacher, setId, undefined, { question: questionId, start: 1 })).shown?.window,
    ).toEqual({
      from: 1,
      to: 60,
    });

    const whole = await editor.editorPassages(people.teacher, setId, long.id);
    expect(whole).toHaveLength(150);
    expect(whole[149]).toEqual([long.passages[149].key, long.passages[149].text]);
    // Only the set's own articles, and only for its owner.
    expect((await errorOf(editor.editorPassages(people.teacher, setId, article.id))).code).toBe("not-found");
    expect((await errorOf(editor.editorPassages(people.otherTeacher, setId, long.id))).code).toBe("not-found");
  });

  it("refuses a passage number the article does not have, or text that is not a number, by the passage field", async () => {
    const { id: setId } = await draftSet();
    const byNumber = (passageNumber: number) =>
      errorOf(
        questions.saveQuestion(people.teacher, setId, {
          ...FORMS["true-false"],
          citation: { articleId: article.id, passageNumber, quote: "Taiwan" },
        }),
      );
    expect((await byNumber(4)).issues).toEqual([
      { field: "citePassage", message: "This article has no passage 4: give a number from 1 to 3." },
    ]);
    expect((await byNumber(questions.passageNumberOf("two"))).issues?.[0].field).toBe("citePassage");
    const foreign = await insertTeacherArticle(t.db, people.teacher.id, "Elsewhere", ["Taiwan again."]);
    expect(
      (
        await errorOf(
          questions.saveQuestion(people.teacher, setId, {
            ...FORMS["true-false"],
            citation: { articleId: foreign.id, passageNumber: 1, quote: "Taiwan" },
          }),
        )
      ).issues,
    ).toEqual([{ field: "citePassage", message: "Choose a passage of one of the set's articles." }]);
    expect(await t.db.question.count({ where: { setId } })).toBe(0);
    // "¶2" and " 2 " are the second passage.
    expect([questions.passageNumberOf("¶2"), questions.passageNumberOf(" 2 "), questions.passageNumberOf("0")]).toEqual(
      [2, 2, NaN],
    );
    await questions.saveQuestion(people.teacher, setId, {
      ...FORMS["true-false"],
      citation: { articleId: article.id, passageNumber: questions.passageNumberOf("¶2"), quote: "Taiwan" },
    });
    expect(await t.db.citation.count({ where: { question: { setId }, passageId: article.passages[1].id } })).toBe(1);
  });

  it("shows the set as stored, its publication to the millisecond, and offers the teacher's own articles first, then the library's", async () => {
    const { id: setId } = await sets.createSet(people.teacher, {
      title: "Dated",
      description: "Why",
      articleIds: [article.id],
    });
    await questions.saveQuestion(people.teacher, setId, { ...FORMS["true-false"], citation: cite(1, "Taiwan") });
    const draft = await editor.setEditor(people.teacher, setId);
    expect(draft.set).toEqual({
      id: setId,
      title: "Dated",
      description: "Why",
      visibility: "PRIVATE",
      publishedAt: null,
    });

    await publish.publishSet(people.teacher, setId, "LINK");
    const stored = await t.db.questionSet.findUniqueOrThrow({ where: { id: setId }, select: { publishedAt: true } });
    const published = await editor.setEditor(people.teacher, setId);
    expect(published.set.visibility).toBe("LINK");
    expect(published.set.publishedAt).toBeInstanceOf(Date);
    expect(published.set.publishedAt?.getTime()).toBe(stored.publishedAt?.getTime());
    // Publishing again keeps the first publication's moment.
    await publish.publishSet(people.teacher, setId, "PUBLIC");
    const again = await t.db.questionSet.findUniqueOrThrow({ where: { id: setId }, select: { publishedAt: true } });
    expect(again.publishedAt?.getTime()).toBe(stored.publishedAt?.getTime());

    const offered = await sets.availableArticles(people.teacher);
    const own = offered.filter((a) => a.own);
    expect(own.map((a) => a.id)).toContain(article.id);
    expect(offered.slice(0, own.length)).toEqual(own);
    expect(offered.filter((a) => !a.own).length).toBeGreaterThan(0);
    // Another teacher's article is never offered.
    const theirs = await insertTeacherArticle(t.db, people.otherTeacher.id, "Theirs", ["Not yours."]);
    expect((await sets.availableArticles(people.teacher)).map((a) => a.id)).not.toContain(theirs.id);
  });
});

describe("who may do what", () => {
  const actors = ["anonymous", "guest", "student", "otherStudent", "teacher", "otherTeacher"] as const;
  const actor = (name: (typeof actors)[number]) => (name === "anonymous" ? null : people[name]);
  const outcome = async (work: () => Promise<unknown>) => {
    try {
      await work();
      return "ok";
    } catch (error) {
      return (error as { code?: string }).code ?? (error as Error).message;
    }
  };
  const ownerOnly = {
    anonymous: "sign-in",
    guest: "sign-in",
    student: "teachers-only",
    otherStudent: "teachers-only",
    teacher: "ok",
    otherTeacher: "not-found",
  };
  const teachersOnly = { ...ownerOnly, otherTeacher: "ok" };

  let setId: string;
  let questionId: string;
  let citationId: string;
  beforeAll(async () => {
    setId = (await draftSet()).id;
    questionId = (
      await questions.saveQuestion(people.teacher, setId, { ...FORMS["true-false"], citation: cite(1, "Taiwan") })
    ).id;
    const c = await t.db.citation.findFirstOrThrow({ where: { questionId } });
    citationId = c.id;
  });

  it.each([
    ["list the articles a set may use", () => (a: Viewer | null) => sets.availableArticles(a), teachersOnly],
    [
      "create a set",
      () => (a: Viewer | null) =>
        sets.createSet(a, { title: "Mine", description: "", articleIds: ["cnn-biden-xi-call"] }),
      teachersOnly,
    ],
    ["read the editor", () => (a: Viewer | null) => editor.setEditor(a, setId), ownerOnly],
    [
      "read the whole article for the editor's pane",
      () => (a: Viewer | null) => editor.editorPassages(a, setId, article.id),
      ownerOnly,
    ],
    [
      "change the set's details",
      () => (a: Viewer | null) => sets.updateSet(a, setId, { title: "T", description: "", articleIds: [article.id] }),
      ownerOnly,
    ],
    [
      "write a question",
      () => (a: Viewer | null) =>
        questions.saveQuestion(a, setId, { ...FORMS["true-false"], citation: cite(1, "Taiwan") }),
      ownerOnly,
    ],
    [
      "change a question",
      () => (a: Viewer | null) => questions.saveQuestion(a, setId, { ...FORMS["true-false"], questionId }),
      ownerOnly,
    ],
    ["move a question", () => (a: Viewer | null) => questions.moveQuestion(a, setId, questionId, "down"), ownerOnly],
    ["publish", () => (a: Viewer | null) => publish.publishSet(a, setId, "PRIVATE"), ownerOnly],
    ["change visibility", () => (a: Viewer | null) => publish.setVisibility(a, setId, "PRIVATE"), ownerOnly],
  ] as const)("%s", async (_name, make, expected) => {
    for (const who of actors) expect([who, await outcome(() => make()(actor(who)))]).toEqual([who, expected[who]]);
  });

  it("accept a candidate and remove a question: only the owner", async () => {
    await t.db.citation.update({
      where: { id: citationId },
      data: {
        status: "CHECK",
        candidate: JSON.stringify({
          passageKey: "p2",
          quote: { type: "TextQuoteSelector", exact: "Taiwan", prefix: "", suffix: "" },
          position: { type: "TextPositionSelector", start: 22, end: 28 },
        }),
      },
    });
    for (const who of actors) {
      const expected = who === "teacher" ? "ok" : ownerOnly[who];
      expect([who, await outcome(() => questions.acceptCandidate(actor(who), setId, citationId))]).toEqual([
        who,
        expected,
      ]);
      if (who !== "teacher")
        expect([who, await outcome(() => questions.archiveQuestion(actor(who), setId, questionId))]).toEqual([
          who,
          ownerOnly[who],
        ]);
    }
    expect(await outcome(() => questions.archiveQuestion(people.teacher, setId, questionId))).toBe("ok");
  });

  it("a library set cannot be edited by any teacher", async () => {
    expect(await outcome(() => editor.setEditor(people.teacher, "the-call"))).toBe("not-found");
    expect(await outcome(() => questions.archiveQuestion(people.teacher, "the-call", "call-weekday"))).toBe(
      "not-found",
    );
  });
});
