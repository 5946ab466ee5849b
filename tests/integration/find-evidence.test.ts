// Questions typed without a citation and "Find the evidence" (issue 18) on a real migrated database: such a
// question is saved and held (hidden from study and practice, counted as held, left out of the download),
// blocks publishing with its message, is offered the passages that support it, and one "Cite this" (the
// server taking the quote from the stored passage) releases it. Then who may see proposals and cite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/viewer";
import { insertTeacherArticle, type TeacherArticle } from "../support/teacher-article";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let sets: typeof import("../../lib/authoring/sets");
let questions: typeof import("../../lib/authoring/questions");
let publish: typeof import("../../lib/authoring/publish");
let proposals: typeof import("../../lib/drafts/evidence-proposals");
let queue: typeof import("../../lib/study/queue");
let practice: typeof import("../../lib/study/practice");
let answers: typeof import("../../lib/study/answer");
let classes: typeof import("../../lib/classes/classes");
let assignments: typeof import("../../lib/classes/assignments");
let teacherSets: typeof import("../../lib/authoring/teacher-sets");
let download: typeof import("../../lib/interchange/export-download");
let viewers: typeof import("../../lib/auth/viewer");

const people: Record<string, Viewer> = {};
let call: TeacherArticle;
let harbour: TeacherArticle;
let classId: string;

const CALL = [
  "The two presidents spoke by phone for an hour and forty-five minutes on Tuesday.",
  "They discussed trade, Taiwan and the flow of fentanyl, officials said afterwards.",
];
const HARBOUR = [
  "The harbour froze in the winter of 1947, and the ferries stopped for six weeks.",
  "Mayor Ilse Brandt opened the new bridge on 3 May 1952; the ferry service ended that summer.",
];

const UNCITED = {
  type: "short-answer",
  prompt: "Who opened the new bridge?",
  answer: "Ilse Brandt",
  accept: "Brandt",
  explanation: "The second paragraph of the harbour article.",
} as const;

async function person(name: string, role: "STUDENT" | "TEACHER", isGuest = false): Promise<Viewer> {
  return viewers.viewerFromRow(
    await t.db.user.create({
      data: { name, role, isGuest, email: isGuest ? null : `${name}@example.com` },
      select: viewers.VIEWER_COLUMNS,
    }),
  );
}

async function errorOf(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    return error as { code: string; message: string; issues?: { field: string; message: string }[] };
  }
  throw new Error("expected a refusal");
}

/** A draft set of the teacher's on both articles, with one cited question and one typed without a citation. */
async function setWithUncited() {
  const { id: setId } = await sets.createSet(people.teacher, {
    title: "Bridges and calls",
    description: "",
    articleIds: [call.id, harbour.id],
  });
  await questions.saveQuestion(people.teacher, setId, {
    type: "true-false",
    prompt: "They discussed Taiwan.",
    answer: "True",
    explanation: "Listed.",
    citation: { passageId: call.passages[1].id, quote: "trade, Taiwan" },
  });
  const saved = await questions.saveQuestion(people.teacher, setId, { ...UNCITED });
  return { setId, questionId: saved.id, saved };
}

beforeAll(async () => {
  t = await useAppDatabase();
  sets = await import("../../lib/authoring/sets");
  questions = await import("../../lib/authoring/questions");
  publish = await import("../../lib/authoring/publish");
  proposals = await import("../../lib/drafts/evidence-proposals");
  queue = await import("../../lib/study/queue");
  practice = await import("../../lib/study/practice");
  answers = await import("../../lib/study/answer");
  classes = await import("../../lib/classes/classes");
  assignments = await import("../../lib/classes/assignments");
  teacherSets = await import("../../lib/authoring/teacher-sets");
  download = await import("../../lib/interchange/export-download");
  viewers = await import("../../lib/auth/viewer");
  people.owner = people.teacher = await person("rivera", "TEACHER");
  people.otherTeacher = await person("okafor", "TEACHER");
  people.student = await person("ana", "STUDENT");
  people.otherStudent = await person("ben", "STUDENT");
  people.guest = await person("guest", "STUDENT", true);
  const classroom = await classes.createClass(people.teacher, "Period 3");
  classId = classroom.id;
  await classes.joinClass(people.student, classroom.joinCode);
  call = await insertTeacherArticle(t.db, people.teacher.id, "Phone call", CALL);
  harbour = await insertTeacherArticle(t.db, people.teacher.id, "The harbour", HARBOUR);
});
afterAll(() => t.close());

describe("a question saved without a citation", () => {
  it("is saved held: hidden from study and practice, counted as held, left out of the download", async () => {
    const { setId, questionId, saved } = await setWithUncited();
    expect(saved.held).toBe(true);
    const row = await t.db.question.findUniqueOrThrow({ where: { id: questionId }, include: { citations: true } });
    expect(row.heldAt).not.toBeNull();
    expect(row.citations).toEqual([]);
    expect(JSON.parse(row.answers)).toEqual(["Ilse Brandt", "Brandt"]);

    const mine = (await teacherSets.teacherSets(people.teacher)).find((s) => s.id === setId)!;
    expect([mine.questions, mine.held]).toEqual([2, 1]);
    const zip = await (
      await import("jszip")
    ).default.loadAsync((await download.exportDownload(people.teacher, setId, "footnote")).file.bytes);
    const yaml = await zip.file(`sets/${setId}.yaml`)!.async("string");
    expect(yaml).toContain("They discussed Taiwan.");
    expect(yaml).not.toContain("Who opened the new bridge?");
  });

  it("blocks publishing, naming the question; citing it releases it, and learners then study it", async () => {
    const { setId, questionId } = await setWithUncited();
    const refused = await errorOf(publish.publishSet(people.teacher, setId, "PRIVATE"));
    expect(refused.code).toBe("publish-blocked");
    expect(refused.message).toBe(
      "Every question must cite its evidence before the set is published. Fix question 2 (no citation) first.",
    );

    const found = await proposals.proposeEvidence(people.teacher, setId);
    expect(Object.keys(found)).toEqual([questionId]);
    const [best] = found[questionId];
    expect(best).toMatchObject({
      articleTitle: "The harbour",
      passageId: harbour.passages[1].id,
      passageNumber: 2,
      quote: "Mayor Ilse Brandt opened the new bridge on 3 May 1952",
      before: "",
      after: "; the ferry service ended that summer.",
    });
    expect(HARBOUR[1].slice(best.start, best.end)).toBe(best.quote);

    await questions.citeQuestion(people.teacher, setId, questionId, {
      passageId: best.passageId,
      quote: best.quote,
      start: best.start,
      end: best.end,
    });
    const cited = await t.db.question.findUniqueOrThrow({ where: { id: questionId }, include: { citations: true } });
    expect(cited.heldAt).toBeNull();
    expect(cited.citations).toEqual([
      expect.objectContaining({
        quote: "Mayor Ilse Brandt opened the new bridge on 3 May 1952",
        start: 0,
        end: 53,
        prefix: "",
        suffix: "; the ferry service ended that s",
        status: "ANCHORED",
        passageId: harbour.passages[1].id,
      }),
    ]);
    expect(await proposals.proposeEvidence(people.teacher, setId)).toEqual({});

    await publish.publishSet(people.teacher, setId, "PRIVATE");
    await assignments.assignSets(people.teacher, classId, {
      setIds: [setId],
      dueAt: new Date(Date.now() + 7 * 86_400_000),
      timeZone: "UTC",
      goalAccuracy: 0.8,
      goalCoverage: 1,
    });
    expect((await queue.studyQueue(people.student, setId)).newLeft).toBe(2);
    const result = await answers.recordAnswer({
      userId: people.student.id,
      setId,
      questionId,
      clientId: `c-${questionId}`,
      response: "brandt",
    });
    expect(result.correct).toBe(true);
  });

  it("is never offered to a learner while held: not in the queue, not in practice, not gradable", async () => {
    const { setId, questionId } = await setWithUncited();
    const cited = await t.db.question.findFirstOrThrow({ where: { setId, NOT: { id: questionId } } });
    // Held in a published set: a question whose last citation was dropped after publishing.
    await questions.citeQuestion(people.teacher, setId, questionId, {
      passageId: harbour.passages[1].id,
      quote: "Ilse Brandt",
    });
    await publish.publishSet(people.teacher, setId, "LINK");
    const [only] = await t.db.citation.findMany({ where: { questionId } });
    const dropped = await questions.saveQuestion(people.teacher, setId, {
      ...UNCITED,
      questionId,
      removeCitationIds: [only.id],
    });
    expect(dropped.held).toBe(true);

    const learner = people.otherStudent;
    const state = await queue.studyQueue(learner, setId);
    expect(state.newLeft).toBe(1);
    expect(state.next?.id).toBe(cited.id);
    const practised = await practice.startPractice(setId);
    expect(practised?.order).toEqual([cited.id]);
    const gone = await errorOf(
      answers.recordAnswer({ userId: learner.id, setId, questionId, clientId: `h-${questionId}`, response: "Brandt" }),
    );
    expect(gone.code).toBe("question-gone");
  });

  it("offers nothing when no passage shares a word with the question", async () => {
    const { id: setId } = await sets.createSet(people.teacher, {
      title: "Only the call",
      description: "",
      articleIds: [call.id],
    });
    const { id } = await questions.saveQuestion(people.teacher, setId, {
      type: "short-answer",
      prompt: "Which planet has rings?",
      answer: "Saturn",
      explanation: "Astronomy.",
    });
    expect(await proposals.proposeEvidence(people.teacher, setId)).toEqual({ [id]: [] });
  });
});

describe("Cite this never trusts the browser", () => {
  it("takes the quote from the stored passage, finds a moved quote by its words, and refuses words not in the passage", async () => {
    const { setId, questionId } = await setWithUncited();
    const passageId = harbour.passages[1].id;
    // Offsets that no longer hold the quote (the passage changed under the page): the quote's own place is used.
    await questions.citeQuestion(people.teacher, setId, questionId, {
      passageId,
      quote: "Ilse Brandt",
      start: 0,
      end: 11,
    });
    const moved = await t.db.citation.findFirstOrThrow({ where: { questionId } });
    expect([moved.quote, moved.start, moved.end]).toEqual(["Ilse Brandt", 6, 17]);

    const invented = await errorOf(
      questions.citeQuestion(people.teacher, setId, questionId, {
        passageId,
        quote: "Mayor Brandt built the bridge alone",
        start: 0,
        end: 35,
      }),
    );
    expect(invented.code).toBe("invalid-input");
    expect(invented.issues?.[0].field).toBe("citeQuote");
    const foreign = await insertTeacherArticle(t.db, people.teacher.id, "Not in the set", ["Ilse Brandt again."]);
    const elsewhere = await errorOf(
      questions.citeQuestion(people.teacher, setId, questionId, {
        passageId: foreign.passages[0].id,
        quote: "Ilse Brandt",
        start: 0,
        end: 11,
      }),
    );
    expect(elsewhere.issues?.[0].field).toBe("citePassage");
    expect(await t.db.citation.count({ where: { questionId } })).toBe(1);
  });
});

describe("Cite this twice", () => {
  it("a double click (the same proposal posted twice) leaves one citation", async () => {
    const { setId, questionId } = await setWithUncited();
    const quote = "Mayor Ilse Brandt opened the new bridge on 3 May 1952";
    const post = () =>
      questions.citeQuestion(people.teacher, setId, questionId, {
        passageId: harbour.passages[1].id,
        quote,
        start: 0,
        end: quote.length,
      });
    await Promise.all([post(), post()]);
    await post();
    expect(await t.db.citation.count({ where: { questionId } })).toBe(1);
  });
});

describe("who may see proposals and cite", () => {
  const ROLES = ["owner", "otherTeacher", "student", "otherStudent", "guest", "signedOut"] as const;
  const EXPECTED: Record<(typeof ROLES)[number], string> = {
    owner: "ok",
    otherTeacher: "not-found",
    student: "teachers-only",
    otherStudent: "teachers-only",
    guest: "sign-in",
    signedOut: "sign-in",
  };

  it.each(ROLES)("%s", async (role) => {
    const { setId, questionId } = await setWithUncited();
    const viewer = role === "signedOut" ? null : people[role];
    const outcome = async (work: Promise<unknown>) =>
      work.then(
        () => "ok",
        (error: { code?: string }) => error.code ?? String(error),
      );
    expect(await outcome(proposals.proposeEvidence(viewer, setId))).toBe(EXPECTED[role]);
    const quote = "Mayor Ilse Brandt opened the new bridge on 3 May 1952";
    expect(
      await outcome(
        questions.citeQuestion(viewer, setId, questionId, {
          passageId: harbour.passages[1].id,
          quote,
          start: 0,
          end: quote.length,
        }),
      ),
    ).toBe(EXPECTED[role]);
    const citations = await t.db.citation.count({ where: { questionId } });
    expect(citations).toBe(role === "owner" ? 1 : 0);
    // Another teacher's set id with the owner's question id: no way round the owner check.
    if (role === "otherTeacher") {
      const article = await insertTeacherArticle(t.db, people.otherTeacher.id, "Theirs", ["Their own words."]);
      const { id: theirs } = await sets.createSet(people.otherTeacher, {
        title: "Theirs",
        description: "",
        articleIds: [article.id],
      });
      expect(
        await outcome(
          questions.citeQuestion(people.otherTeacher, theirs, questionId, {
            passageId: harbour.passages[1].id,
            quote,
            start: 0,
            end: quote.length,
          }),
        ),
      ).toBe("not-found");
    }
  });
});
