// The drafts page's domain on a real migrated database (issue 18): the drafts a set's teacher is offered for each
// article (ranked, quotes verbatim, minus decided drafts and facts the set already asks), accepting one as drafted
// or after an edit (an ordinary question citing its passage, recorded once), rejecting and offering again, a new
// draft set from an article, and who may do each: the owner, another teacher, a student of the owner's class,
// another student, a guest, nobody signed in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/viewer";
import { LIBRARY_ARTICLE } from "../support/teacher-content";
import { insertTeacherArticle, type TeacherArticle } from "../support/teacher-article";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let sets: typeof import("../../lib/authoring/sets");
let questions: typeof import("../../lib/authoring/questions");
let publish: typeof import("../../lib/authoring/publish");
let setDrafts: typeof import("../../lib/drafts/set-drafts");
let decide: typeof import("../../lib/drafts/decide");
let startSet: typeof import("../../lib/drafts/start-set");
let classes: typeof import("../../lib/classes/classes");
let viewers: typeof import("../../lib/auth/viewer");

const people: Record<string, Viewer> = {};
let article: TeacherArticle;

// A short report with people, places, organisations, dates, numbers and a quotation, as a teacher would paste.
const PARAGRAPHS = [
  "Mayor Ilse Brandt opened the new bridge over the Elbe in Hamburg on 3 May 1952, ending a ferry service that had run for 140 years.",
  "The bridge cost 12 million marks and took 4,000 workers three years to build, according to the city council.",
  "Engineer Karl Weiss of the Hamburg Harbour Authority designed its steel arches, the longest in Germany at the time.",
  "“This bridge joins two halves of one city,” Brandt told a crowd of 20,000 people at the opening.",
  "In 1962 a storm flood closed the bridge for nine days, and the ferries returned until the repairs were done.",
  "Chancellor Konrad Adenauer visited the bridge in June 1953 and praised the workers who had built it.",
  "The federal government in Bonn paid 5 million marks of the cost, and the city of Hamburg paid the rest.",
];

async function person(name: string, role: "STUDENT" | "TEACHER", isGuest = false): Promise<Viewer> {
  return viewers.viewerFromRow(
    await t.db.user.create({
      data: { name, role, isGuest, email: isGuest ? null : `${name}@example.com` },
      select: viewers.VIEWER_COLUMNS,
    }),
  );
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return "ok";
}

async function newSet(articleIds: string[], owner: Viewer = people.teacher) {
  return (await sets.createSet(owner, { title: "The bridge", description: "", articleIds })).id;
}

async function offered(setId: string, articleId?: string) {
  return setDrafts.setDrafts(people.teacher, setId, articleId);
}

const decisions = (setId: string) => t.db.draftDecision.findMany({ where: { setId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  t = await useAppDatabase();
  sets = await import("../../lib/authoring/sets");
  questions = await import("../../lib/authoring/questions");
  publish = await import("../../lib/authoring/publish");
  setDrafts = await import("../../lib/drafts/set-drafts");
  decide = await import("../../lib/drafts/decide");
  startSet = await import("../../lib/drafts/start-set");
  classes = await import("../../lib/classes/classes");
  viewers = await import("../../lib/auth/viewer");
  people.owner = people.teacher = await person("rivera", "TEACHER");
  people.otherTeacher = await person("okafor", "TEACHER");
  people.classStudent = await person("ana", "STUDENT");
  people.otherStudent = await person("ben", "STUDENT");
  people.guest = await person("guest", "STUDENT", true);
  const classroom = await classes.createClass(people.teacher, "Period 3");
  await classes.joinClass(people.classStudent, classroom.joinCode);
  article = await insertTeacherArticle(t.db, people.teacher.id, "The Elbe bridge", PARAGRAPHS);
}, 60_000);
afterAll(() => t.close());

describe("the drafts offered for a set", () => {
  it("lists each article's drafts, ranked, every quote verbatim in its numbered passage", async () => {
    const setId = await newSet([article.id, LIBRARY_ARTICLE]);
    const view = await offered(setId, article.id);
    expect(view.shown?.id).toBe(article.id);
    expect(view.articles.map((a) => a.id).sort()).toEqual([article.id, LIBRARY_ARTICLE].sort());
    expect(view.drafts.length).toBeGreaterThanOrEqual(5);
    expect(view.counts).toMatchObject({ drafted: view.drafts.length, accepted: 0, rejected: 0, asked: 0 });
    for (const [i, d] of view.drafts.entries()) {
      expect(d.citation.article).toBe(article.id);
      expect(d.passageText).toBe(PARAGRAPHS[d.passageNumber - 1]);
      expect(d.passageText.slice(d.citation.start, d.citation.end)).toBe(d.citation.quote);
      if (i > 0) expect(d.score).toBeLessThanOrEqual(view.drafts[i - 1].score);
    }
    // The library article is drafted too, when chosen.
    const library = await offered(setId, LIBRARY_ARTICLE);
    expect(library.shown?.id).toBe(LIBRARY_ARTICLE);
    expect(library.drafts.length).toBeGreaterThan(0);
    expect(library.drafts.every((d) => d.citation.article === LIBRARY_ARTICLE)).toBe(true);
  });

  it("says there is nothing to draft for a set with no article left", async () => {
    const spare = await insertTeacherArticle(t.db, people.teacher.id, "Spare", ["A short note."]);
    const setId = await newSet([spare.id]);
    await t.db.article.update({ where: { id: spare.id }, data: { archivedAt: new Date() } });
    const view = await offered(setId);
    expect(view.shown).toBeUndefined();
    expect(view.drafts).toEqual([]);
  });

  it("leaves out a fact the set already asks: the same answer citing the same passage", async () => {
    const setId = await newSet([article.id]);
    const before = await offered(setId);
    const target = before.drafts.find((d) => d.type !== "true-false")!;
    await questions.saveQuestion(people.teacher, setId, {
      type: "short-answer",
      prompt: "Written by hand: what does the passage say?",
      answer: target.answers[0],
      explanation: "By hand.",
      citation: { passageId: `${article.id}/${target.citation.passage}`, quote: target.citation.quote },
    });
    const after = await offered(setId);
    expect(after.drafts.map((d) => d.id)).not.toContain(target.id);
    expect(after.counts?.asked).toBeGreaterThanOrEqual(1);
  });
});

describe("accepting, editing and rejecting a draft", () => {
  it("accepts a draft as an ordinary question citing its passage, recorded once", async () => {
    const setId = await newSet([article.id]);
    const [draft] = (await offered(setId)).drafts;
    const { questionId } = await decide.acceptDraft(people.teacher, setId, draft.id);
    const question = await t.db.question.findUniqueOrThrow({
      where: { id: questionId },
      include: { citations: true },
    });
    expect(question).toMatchObject({ setId, prompt: draft.prompt, heldAt: null, archivedAt: null });
    expect(JSON.parse(question.answers)[0]).toBe(draft.answers[0]);
    expect(question.citations).toHaveLength(1);
    expect(question.citations[0]).toMatchObject({
      passageId: `${article.id}/${draft.citation.passage}`,
      quote: draft.citation.quote,
      start: draft.citation.start,
      end: draft.citation.end,
      status: "ANCHORED",
    });
    expect(await decisions(setId)).toMatchObject([{ draftId: draft.id, decision: "ACCEPTED", questionId }]);
    const after = await offered(setId);
    expect(after.drafts.map((d) => d.id)).not.toContain(draft.id);
    expect(after.counts?.accepted).toBe(1);
    // A second click is refused with a clear message and makes nothing.
    expect(await codeOf(decide.acceptDraft(people.teacher, setId, draft.id))).toBe("draft-decided");
    expect(await codeOf(decide.rejectDraft(people.teacher, setId, draft.id))).toBe("draft-decided");
    expect(await t.db.question.count({ where: { setId } })).toBe(1);
  });

  it("makes one question when the same draft is accepted twice at once", async () => {
    const setId = await newSet([article.id]);
    const [draft] = (await offered(setId)).drafts;
    const results = await Promise.allSettled([
      decide.acceptDraft(people.teacher, setId, draft.id),
      decide.acceptDraft(people.teacher, setId, draft.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason.code).toBe("draft-decided");
    expect(await t.db.question.count({ where: { setId } })).toBe(1);
    expect(await decisions(setId)).toHaveLength(1);
  });

  it("refuses a draft id that is not one of the set's drafts", async () => {
    const setId = await newSet([article.id]);
    expect(await codeOf(decide.acceptDraft(people.teacher, setId, "made-up"))).toBe("draft-gone");
    expect(await codeOf(decide.rejectDraft(people.teacher, setId, "made-up"))).toBe("draft-gone");
    expect(await codeOf(decide.draftForEditing(people.teacher, setId, "made-up"))).toBe("draft-gone");
    expect(await decisions(setId)).toEqual([]);
  });

  it("prefills the editor's form from a draft and saves the teacher's edit as the question", async () => {
    const setId = await newSet([article.id]);
    const draft = (await offered(setId)).drafts[0];
    const editing = await decide.draftForEditing(people.teacher, setId, draft.id);
    expect(editing).toMatchObject({ draftId: draft.id, articleId: article.id, type: draft.type });
    expect(editing.values).toMatchObject({
      type: draft.type,
      explanation: draft.explanation,
      // The form names the passage by its number in the article, as the pane shows it.
      citePassage: String(article.passages.findIndex((p) => p.key === draft.citation.passage) + 1),
      citeQuote: draft.citation.quote,
      citeStart: String(draft.citation.start),
      citeEnd: String(draft.citation.end),
    });
    if (draft.type === "cloze") expect(editing.values.prompt).toContain(`{{${draft.answers[0]}}}`);
    else expect(editing.values.prompt).toBe(draft.prompt);

    // A refused save records nothing: the draft stays offered, the teacher's values are the form's to keep.
    const form = { ...editing.values };
    const refused = await codeOf(
      decide.acceptEditedDraft(people.teacher, setId, draft.id, { ...form, explanation: "" }),
    );
    expect(refused).toBe("invalid-input");
    expect(await decisions(setId)).toEqual([]);
    expect((await offered(setId)).drafts.map((d) => d.id)).toContain(draft.id);

    const prompt = draft.type === "cloze" ? `Edited: ${form.prompt}` : "Edited by the teacher: what is stated?";
    const { questionId } = await decide.acceptEditedDraft(people.teacher, setId, draft.id, {
      ...form,
      prompt,
      citation: {
        articleId: article.id,
        passageNumber: Number(form.citePassage),
        quote: form.citeQuote,
        start: Number(form.citeStart),
        end: Number(form.citeEnd),
      },
    });
    const question = await t.db.question.findUniqueOrThrow({ where: { id: questionId }, include: { citations: true } });
    expect(question.prompt.startsWith("Edited")).toBe(true);
    expect(question.citations[0].quote).toBe(draft.citation.quote);
    expect(await decisions(setId)).toMatchObject([{ draftId: draft.id, decision: "ACCEPTED", questionId }]);
    expect(await codeOf(decide.draftForEditing(people.teacher, setId, draft.id))).toBe("draft-decided");
  });

  it("rejects a draft, which leaves the list until it is offered again", async () => {
    const setId = await newSet([article.id]);
    const [draft] = (await offered(setId)).drafts;
    await decide.rejectDraft(people.teacher, setId, draft.id);
    let view = await offered(setId);
    expect(view.drafts.map((d) => d.id)).not.toContain(draft.id);
    expect(view.rejected.map((d) => d.id)).toEqual([draft.id]);
    expect(await codeOf(decide.acceptDraft(people.teacher, setId, draft.id))).toBe("draft-decided");
    await decide.undoReject(people.teacher, setId, draft.id);
    view = await offered(setId);
    expect(view.drafts.map((d) => d.id)).toContain(draft.id);
    expect(view.rejected).toEqual([]);
    expect(await codeOf(decide.undoReject(people.teacher, setId, draft.id))).toBe("not-found");
  });

  it("takes drafts into a published set and from the library's article", async () => {
    const setId = await newSet([LIBRARY_ARTICLE]);
    const [first, second] = (await offered(setId)).drafts;
    await decide.acceptDraft(people.teacher, setId, first.id);
    await publish.publishSet(people.teacher, setId, "PRIVATE");
    const { questionId } = await decide.acceptDraft(people.teacher, setId, second.id);
    const citation = await t.db.citation.findFirstOrThrow({ where: { questionId } });
    expect(citation.passageId).toBe(`${LIBRARY_ARTICLE}/${second.citation.passage}`);
    expect(await t.db.question.count({ where: { setId, archivedAt: null, heldAt: null } })).toBe(2);
  });
});

describe("drafting once per text", () => {
  it("remembers an article's drafts while its texts are unchanged, and drafts again after an edit", async () => {
    const source = {
      id: "cache-test",
      title: "The Elbe bridge",
      passages: PARAGRAPHS.map((text, i) => ({ key: `p${i + 1}`, text })),
    };
    const first = setDrafts.draftsOf(source, []);
    expect(setDrafts.draftsOf({ ...source, passages: [...source.passages] }, [])).toBe(first);
    const edited = {
      ...source,
      passages: [{ key: "p1", text: PARAGRAPHS[0].replace("1952", "1953") }, ...source.passages.slice(1)],
    };
    const again = setDrafts.draftsOf(edited, []);
    expect(again).not.toBe(first);
    expect(JSON.stringify(again)).toContain("1953");
  });

  it("refuses a draft whose passage changed since the page was shown", async () => {
    const spare = await insertTeacherArticle(t.db, people.teacher.id, "The Elbe bridge, again", PARAGRAPHS);
    const setId = await newSet([spare.id]);
    const draft = (await offered(setId)).drafts.find((d) => d.citation.passage === "p1")!;
    await t.db.passage.update({
      where: { id: `${spare.id}/p1` },
      data: { text: "The ferry stopped running after the war, and nobody wrote down when." },
    });
    expect(await codeOf(decide.acceptDraft(people.teacher, setId, draft.id))).toBe("draft-gone");
    expect(await decisions(setId)).toEqual([]);
  });
});

describe("a new draft set from an article", () => {
  it("makes a private draft set on the teacher's article, titled after it", async () => {
    const { id } = await startSet.startDraftSet(people.teacher, article.id);
    const set = await t.db.questionSet.findUniqueOrThrow({ where: { id }, include: { articles: true } });
    expect(set).toMatchObject({
      title: "Questions on The Elbe bridge",
      ownerId: people.teacher.id,
      publishedAt: null,
      visibility: "PRIVATE",
    });
    expect(set.articles.map((a) => a.articleId)).toEqual([article.id]);
  });

  it("makes one on a library article for any teacher", async () => {
    const { id } = await startSet.startDraftSet(people.otherTeacher, LIBRARY_ARTICLE);
    const set = await t.db.questionSet.findUniqueOrThrow({ where: { id } });
    expect(set.ownerId).toBe(people.otherTeacher.id);
    expect(set.title.startsWith("Questions on Biden and Xi")).toBe(true);
    expect(await startSet.mayDraftFrom(people.classStudent, LIBRARY_ARTICLE)).toBe(false);
    expect(await startSet.mayDraftFrom(people.otherTeacher, LIBRARY_ARTICLE)).toBe(true);
    expect(await startSet.mayDraftFrom(people.otherTeacher, article.id)).toBe(false);
  });
});

describe("who may read and decide a set's drafts", () => {
  const ROLES = ["owner", "otherTeacher", "classStudent", "otherStudent", "guest", "signedOut"] as const;
  // Every refusal of another's set is "not-found"; a student is told teachers only; nobody, or a guest, to sign in.
  const EXPECTED: Record<(typeof ROLES)[number], string> = {
    owner: "ok",
    otherTeacher: "not-found",
    classStudent: "teachers-only",
    otherStudent: "teachers-only",
    guest: "sign-in",
    signedOut: "sign-in",
  };
  const viewer = (role: (typeof ROLES)[number]) => (role === "signedOut" ? null : people[role]);

  for (const role of ROLES) {
    it(`${role}: reads, accepts, edits, rejects and offers again: ${EXPECTED[role]}`, async () => {
      const setId = await newSet([article.id]);
      const drafts = (await offered(setId)).drafts;
      const [a, b, c, d] = drafts;
      const who = viewer(role);
      const values = decide.draftFormValues(b, 1);
      const outcomes = {
        read: await codeOf(setDrafts.setDrafts(who, setId)),
        edit: await codeOf(decide.draftForEditing(who, setId, b.id)),
        accept: await codeOf(decide.acceptDraft(who, setId, a.id)),
        acceptEdited: await codeOf(
          decide.acceptEditedDraft(who, setId, b.id, {
            ...values,
            citation: { passageId: `${article.id}/${b.citation.passage}`, quote: values.citeQuote },
          }),
        ),
        reject: await codeOf(decide.rejectDraft(who, setId, c.id)),
      };
      expect(outcomes).toEqual({
        read: EXPECTED[role],
        edit: EXPECTED[role],
        accept: EXPECTED[role],
        acceptEdited: EXPECTED[role],
        reject: EXPECTED[role],
      });
      // Offering again: the owner rejects d, then the role asks to offer it again.
      await decide.rejectDraft(people.owner, setId, d.id);
      expect(await codeOf(decide.undoReject(who, setId, d.id))).toBe(EXPECTED[role]);
      const rows = await decisions(setId);
      const made = await t.db.question.count({ where: { setId } });
      if (role === "owner") {
        expect(rows.map((r) => [r.draftId, r.decision])).toEqual([
          [a.id, "ACCEPTED"],
          [b.id, "ACCEPTED"],
          [c.id, "REJECTED"],
        ]);
        expect(made).toBe(2);
      } else {
        expect(rows.map((r) => [r.draftId, r.decision])).toEqual([[d.id, "REJECTED"]]);
        expect(made).toBe(0);
      }
    });
  }

  it("starting a draft set: teachers only, on their own articles or the library's", async () => {
    const outcomes = Object.fromEntries(
      await Promise.all(
        ROLES.map(async (role) => [role, await codeOf(startSet.startDraftSet(viewer(role), article.id))]),
      ),
    );
    expect(outcomes).toEqual({ ...EXPECTED, otherTeacher: "not-found" });
  });
});
