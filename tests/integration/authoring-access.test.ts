// Who may read and write which question set (issue 17: ownership, sharing and the library), on a real
// migrated database: the authorization matrix of every read and write a learner or teacher makes on a set,
// through the domain functions the pages, posts and the JSON API call. Then the behaviour around it: access
// taken away, copying, the assign form's list, and the set cache shared by viewers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/viewer";
import { AppError } from "../../lib/errors/app-error";
import { createTeacherSet, LIBRARY_ARTICLE, LIBRARY_PASSAGE, type TeacherSet } from "../support/teacher-content";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let access: typeof import("../../lib/content/set-access");
let sets: typeof import("../../lib/content/sets");
let library: typeof import("../../lib/content/library");
let articles: typeof import("../../lib/content/articles");
let studyPage: typeof import("../../lib/study/study-page");
let practicePage: typeof import("../../lib/study/practice-page");
let answers: typeof import("../../lib/study/answer");
let progress: typeof import("../../lib/study/progress");
let assignments: typeof import("../../lib/classes/assignments");
let classes: typeof import("../../lib/classes/classes");
let copying: typeof import("../../lib/authoring/copy-set");
let viewers: typeof import("../../lib/auth/viewer");

// ---------------------------------------------------------------------------------------------------------
// The matrix. Roles: the set's owner; another teacher; a student in a class of the owner's that has an
// assignment of the set, and one in a class of the owner's that has none; another teacher's student; a
// guest; nobody signed in. Sets: the owner's draft, published private, published shared by link, published
// public, and a library set (content/, "the-call"). Every set of the owner's is assigned to the first
// class, the draft too (assigned, then taken back to a draft): an assignment opens only a published set.
// ---------------------------------------------------------------------------------------------------------

const ROLES = [
  "owner",
  "otherTeacher",
  "assignedStudent",
  "classStudent",
  "otherStudent",
  "guest",
  "signedOut",
] as const;
const KINDS = ["draft", "private", "link", "public", "library"] as const;
type Role = (typeof ROLES)[number];
type Kind = (typeof KINDS)[number];
const Y = true;
const N = false;

/**
 * May read: the set page, the study page and its posts, a flashcard's back, practice, the set's own article
 * (and its questions under the library article's passage), answering (POST /api/answers), progress.
 */
// prettier-ignore
const READS: Record<Role, boolean[]> = {
  //                 draft private link public library
  owner:            [Y,    Y,      Y,   Y,     Y],
  otherTeacher:     [N,    N,      Y,   Y,     Y],
  assignedStudent:  [N,    Y,      Y,   Y,     Y],
  classStudent:     [N,    N,      Y,   Y,     Y],
  otherStudent:     [N,    N,      Y,   Y,     Y],
  guest:            [N,    N,      Y,   Y,     Y],
  signedOut:        [N,    N,      Y,   Y,     Y],
};

/** Listed on the home page: the library (public sets), plus a student's own assignments of published sets. */
// prettier-ignore
const HOME: Record<Role, boolean[]> = {
  //                 draft private link public library
  owner:            [N,    N,      N,   Y,     Y],
  otherTeacher:     [N,    N,      N,   Y,     Y],
  assignedStudent:  [N,    Y,      Y,   Y,     Y],
  classStudent:     [N,    N,      N,   Y,     Y],
  otherStudent:     [N,    N,      N,   Y,     Y],
  guest:            [N,    N,      N,   Y,     Y],
  signedOut:        [N,    N,      N,   Y,     Y],
};

type Outcome = "ok" | "not-found" | "set-unavailable" | "teachers-only" | "sign-in";
const OK = "ok";
const GONE = "not-found";
const NO = "set-unavailable";
const TEACHERS = "teachers-only";
const SIGN_IN = "sign-in";

/** Copy to my sets: published sets in the library or shared by link; one that may not be read is not found. */
// prettier-ignore
const COPY: Record<Role, Outcome[]> = {
  //                 draft     private   link      public    library
  owner:            [NO,       NO,       OK,       OK,       OK],
  otherTeacher:     [GONE,     GONE,     OK,       OK,       OK],
  assignedStudent:  [TEACHERS, TEACHERS, TEACHERS, TEACHERS, TEACHERS],
  classStudent:     [TEACHERS, TEACHERS, TEACHERS, TEACHERS, TEACHERS],
  otherStudent:     [TEACHERS, TEACHERS, TEACHERS, TEACHERS, TEACHERS],
  guest:            [SIGN_IN,  SIGN_IN,  SIGN_IN,  SIGN_IN,  SIGN_IN],
  signedOut:        [SIGN_IN,  SIGN_IN,  SIGN_IN,  SIGN_IN,  SIGN_IN],
};

/** Assign to a class of one's own: the library's sets and one's own published sets, nothing else. */
// prettier-ignore
const ASSIGN: Record<Role, Outcome[]> = {
  //                 draft     private   link      public    library
  owner:            [NO,       OK,       OK,       OK,       OK],
  otherTeacher:     [NO,       NO,       NO,       OK,       OK],
  assignedStudent:  [TEACHERS, TEACHERS, TEACHERS, TEACHERS, TEACHERS],
  classStudent:     [TEACHERS, TEACHERS, TEACHERS, TEACHERS, TEACHERS],
  otherStudent:     [TEACHERS, TEACHERS, TEACHERS, TEACHERS, TEACHERS],
  guest:            [SIGN_IN,  SIGN_IN,  SIGN_IN,  SIGN_IN,  SIGN_IN],
  signedOut:        [SIGN_IN,  SIGN_IN,  SIGN_IN,  SIGN_IN,  SIGN_IN],
};

// ---------------------------------------------------------------------------------------------------------

const people = {} as Record<Role, Viewer | null>;
const owned = {} as Record<Exclude<Kind, "library">, TeacherSet>;
/** The library set and the ids the reads need, as for a teacher's set. */
const LIBRARY = { setId: "the-call", articleId: LIBRARY_ARTICLE, choice: "call-weekday", answer: "Tuesday" };
let ownerAssignClass: string;
let otherAssignClass: string;

const setId = (kind: Kind) => (kind === "library" ? LIBRARY.setId : owned[kind].setId);
const cell = <T>(table: Record<Role, T[]>, role: Role, kind: Kind) => table[role][KINDS.indexOf(kind)];

async function person(name: string, role: "STUDENT" | "TEACHER", isGuest = false): Promise<Viewer> {
  const row = await t.db.user.create({
    data: { name, role, isGuest, email: isGuest ? null : `${name}@example.com` },
    select: viewers.VIEWER_COLUMNS,
  });
  return viewers.viewerFromRow(row);
}

/** "ok", or the AppError code a call was refused with. */
async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

let answerCount = 0;
/** Answers the set's multiple-choice question through the real answer function (the study page's and the API's). */
function answer(viewer: Viewer, kind: Kind) {
  return answers.recordAnswer({
    userId: viewer.id,
    setId: setId(kind),
    questionId: kind === "library" ? LIBRARY.choice : owned[kind].questionIds.choice,
    clientId: `matrix-answer-${++answerCount}`,
    response: kind === "library" ? LIBRARY.answer : "Ilse Brandt",
  });
}

beforeAll(async () => {
  t = await useAppDatabase();
  access = await import("../../lib/content/set-access");
  sets = await import("../../lib/content/sets");
  library = await import("../../lib/content/library");
  articles = await import("../../lib/content/articles");
  studyPage = await import("../../lib/study/study-page");
  practicePage = await import("../../lib/study/practice-page");
  answers = await import("../../lib/study/answer");
  progress = await import("../../lib/study/progress");
  assignments = await import("../../lib/classes/assignments");
  classes = await import("../../lib/classes/classes");
  copying = await import("../../lib/authoring/copy-set");
  viewers = await import("../../lib/auth/viewer");

  people.owner = await person("rivera", "TEACHER");
  people.otherTeacher = await person("okafor", "TEACHER");
  people.assignedStudent = await person("ana", "STUDENT");
  people.classStudent = await person("ben", "STUDENT");
  people.otherStudent = await person("cai", "STUDENT");
  people.guest = await person("guest", "STUDENT", true);
  people.signedOut = null;

  const owner = people.owner;
  owned.draft = await createTeacherSet(t.db, { ownerId: owner.id, title: "Draft", published: false });
  owned.private = await createTeacherSet(t.db, { ownerId: owner.id, title: "Private" });
  owned.link = await createTeacherSet(t.db, { ownerId: owner.id, title: "By link", visibility: "LINK" });
  owned.public = await createTeacherSet(t.db, { ownerId: owner.id, title: "Public", visibility: "PUBLIC" });

  const assigned = await classes.createClass(owner, "Period 3");
  const unassigned = await classes.createClass(owner, "Period 4");
  const others = await classes.createClass(people.otherTeacher, "Period 5");
  await classes.joinClass(people.assignedStudent, assigned.joinCode);
  await classes.joinClass(people.classStudent, unassigned.joinCode);
  await classes.joinClass(people.otherStudent, others.joinCode);
  // Straight into the table: assignSets refuses a draft (the draft's row stands for a set taken back to a draft).
  await t.db.assignment.createMany({
    data: Object.values(owned).map((s) => ({
      classroomId: assigned.id,
      setId: s.setId,
      dueAt: new Date(Date.now() + 86_400_000),
    })),
  });
  ownerAssignClass = (await classes.createClass(owner, "Owner's empty class")).id;
  otherAssignClass = (await classes.createClass(people.otherTeacher, "Other's empty class")).id;
});
afterAll(() => t.close());

describe.each(ROLES)("the authorization matrix: %s", (role) => {
  const viewer = () => people[role];

  describe.each(KINDS)("× %s set", (kind) => {
    const readable = cell(READS, role, kind);
    const may = readable ? "reads" : "gets not found for";

    it(`${may} the set page's data`, async () => {
      // The set's content is cached per set for 30 s; access must not be: the owner's look fills the cache first.
      expect(await sets.getSet(setId(kind))).not.toBeNull();
      expect((await access.readableSetOrNull(viewer(), setId(kind)))?.id ?? null).toBe(readable ? setId(kind) : null);
      expect(await outcome(access.readableSet(viewer(), setId(kind)))).toBe(readable ? "ok" : "not-found");
    });

    it(`${may} the study page`, async () => {
      const view = await studyPage.studyPageView(setId(kind), viewer(), {});
      const shown = viewer() ? "question" : "visitor";
      expect(view.kind).toBe(readable ? shown : "missing");
    });

    it(`${may} a flashcard's back (study) and practice`, async () => {
      const card = kind === "library" ? null : owned[kind].questionIds.flashcard;
      if (viewer()) {
        const view = await studyPage.studyPageView(setId(kind), viewer(), { reveal: card ?? LIBRARY.choice });
        expect(view.kind).toBe(readable ? "question" : "missing");
        if (view.kind === "question" && card) expect(view.flashcard?.back).toBe("Six weeks");
      }
      const practice = await practicePage.practicePageView(setId(kind), viewer(), {});
      expect(practice.kind).toBe(readable ? "question" : "missing");
    });

    it(`${may} the set's article, and sees its questions under a library passage only if it may read the set`, async () => {
      const own = await articles.getArticle(viewer(), kind === "library" ? LIBRARY.articleId : owned[kind].articleId);
      expect(own !== null).toBe(readable);
      const shared = (await articles.getArticle(viewer(), LIBRARY_ARTICLE))!;
      const passage = shared.passages.find((p) => `${LIBRARY_ARTICLE}/${p.key}` === LIBRARY_PASSAGE)!;
      const question = kind === "library" ? LIBRARY.choice : owned[kind].questionIds.typed;
      expect(passage.questions.some((q) => q.id === question)).toBe(readable);
    });

    it(`${readable ? "answers" : "is refused as not found when answering"}, and progress lists the set only then`, async () => {
      const learner = viewer();
      if (!learner) return expect(await progress.setProgress(null)).toEqual(new Map());
      expect(await outcome(answer(learner, kind))).toBe(readable ? "ok" : "not-found");
      expect((await progress.setProgress(learner.id)).has(setId(kind))).toBe(readable);
    });

    it(`${cell(HOME, role, kind) ? "sees" : "does not see"} it in the home page's lists`, async () => {
      const learner = viewer();
      const listed = (await library.listSets()).map((s) => s.id);
      const mine =
        learner && !learner.isGuest ? (await assignments.studentAssignments(learner)).map((a) => a.set.id) : [];
      expect(listed.includes(setId(kind)) || mine.includes(setId(kind))).toBe(cell(HOME, role, kind));
    });

    it(`copy: ${cell(COPY, role, kind)}`, async () => {
      expect(await outcome(copying.copySet(viewer(), setId(kind)))).toBe(cell(COPY, role, kind));
    });

    it(`assign: ${cell(ASSIGN, role, kind)}`, async () => {
      const classId = role === "otherTeacher" ? otherAssignClass : ownerAssignClass;
      const assign = assignments.assignSets(viewer(), classId, {
        setIds: [setId(kind)],
        dueAt: new Date(Date.now() + 86_400_000),
        timeZone: "UTC",
        goalAccuracy: 0.8,
        goalCoverage: 1,
      });
      expect(await outcome(assign)).toBe(cell(ASSIGN, role, kind));
    });
  });
});

describe("taking access away", () => {
  it("a student removed from the class loses the private set everywhere, and gets it back on rejoining", async () => {
    const owner = people.owner!;
    const student = await person("dee", "STUDENT");
    const set = await createTeacherSet(t.db, { ownerId: owner.id, title: "Taken away" });
    const classroom = await classes.createClass(owner, "Period 6");
    await classes.joinClass(student, classroom.joinCode);
    await assignments.assignSets(owner, classroom.id, {
      setIds: [set.setId],
      dueAt: new Date(Date.now() + 86_400_000),
      timeZone: "UTC",
      goalAccuracy: 0.8,
      goalCoverage: 1,
    });
    const wrong = await answers.recordAnswer({
      userId: student.id,
      setId: set.setId,
      questionId: set.questionIds.typed,
      clientId: "taken-away-1",
      response: "Monday",
    });
    expect(wrong.correct).toBe(false);
    expect((await progress.setProgress(student.id)).has(set.setId)).toBe(true);

    await classes.removeStudent(owner, classroom.id, student.id);
    await expect(answers.overruleVerdict(student.id, wrong.reviewId)).rejects.toMatchObject({ code: "not-found" });
    await expect(
      answers.recordAnswer({
        userId: student.id,
        setId: set.setId,
        questionId: set.questionIds.choice,
        clientId: "taken-away-2",
        response: "Ilse Brandt",
      }),
    ).rejects.toMatchObject({ code: "not-found" });
    expect((await studyPage.studyPageView(set.setId, student, {})).kind).toBe("missing");
    expect((await progress.setProgress(student.id)).has(set.setId)).toBe(false);
    expect((await assignments.studentAssignments(student)).map((a) => a.set.id)).not.toContain(set.setId);

    await classes.joinClass(student, classroom.joinCode);
    await answers.overruleVerdict(student.id, wrong.reviewId);
    expect((await t.db.review.findUniqueOrThrow({ where: { id: wrong.reviewId } })).correct).toBe(true);
  });

  it("an archived class no longer opens the sets assigned to it", async () => {
    const owner = people.owner!;
    const student = await person("eli", "STUDENT");
    const set = await createTeacherSet(t.db, { ownerId: owner.id, title: "Archived class" });
    const classroom = await classes.createClass(owner, "Last year");
    await classes.joinClass(student, classroom.joinCode);
    await t.db.assignment.create({ data: { classroomId: classroom.id, setId: set.setId, dueAt: new Date() } });
    expect(await access.readableSetOrNull(student, set.setId)).not.toBeNull();
    await t.db.classroom.update({ where: { id: classroom.id }, data: { archivedAt: new Date() } });
    expect(await access.readableSetOrNull(student, set.setId)).toBeNull();
  });

  it("an archived set is not found even for its owner", async () => {
    const set = await createTeacherSet(t.db, { ownerId: people.owner!.id, title: "Archived", visibility: "PUBLIC" });
    await t.db.questionSet.update({ where: { id: set.setId }, data: { archivedAt: new Date() } });
    await expect(access.readableSet(people.owner, set.setId)).rejects.toMatchObject({ code: "not-found" });
    await expect(
      answers.recordAnswer({
        userId: people.owner!.id,
        setId: set.setId,
        questionId: set.questionIds.choice,
        clientId: "archived-1",
        response: "Ilse Brandt",
      }),
    ).rejects.toMatchObject({ code: "not-found" });
  });

  it("a question held from study is gone for answering, in a set that may be read", async () => {
    const set = await createTeacherSet(t.db, { ownerId: people.owner!.id, title: "Held", visibility: "LINK" });
    await t.db.question.update({ where: { id: set.questionIds.choice }, data: { heldAt: new Date() } });
    await expect(
      answers.recordAnswer({
        userId: people.otherStudent!.id,
        setId: set.setId,
        questionId: set.questionIds.choice,
        clientId: "held-1",
        response: "Ilse Brandt",
      }),
    ).rejects.toMatchObject({ code: "question-gone" });
  });
});

describe("the assign form's sets", () => {
  it("offers a teacher the library and their own published sets, and nobody else's private ones", async () => {
    const mine = (await library.assignableSets(people.owner)).map((s) => s.id);
    expect(mine).toEqual(
      expect.arrayContaining(["the-call", owned.private.setId, owned.link.setId, owned.public.setId]),
    );
    expect(mine).not.toContain(owned.draft.setId);
    const theirs = (await library.assignableSets(people.otherTeacher)).map((s) => s.id);
    expect(theirs).toEqual(expect.arrayContaining(["the-call", owned.public.setId]));
    expect(theirs).not.toContain(owned.private.setId);
    expect(theirs).not.toContain(owned.link.setId);
    await expect(library.assignableSets(people.assignedStudent)).rejects.toMatchObject({ code: "teachers-only" });
  });
});

describe("copying a set", () => {
  it("copies a library set with its articles into the teacher's own private draft, leaving the original as it was", async () => {
    const teacher = await person("fox", "TEACHER");
    const before = await t.db.questionSet.findUniqueOrThrow({
      where: { id: "the-call" },
      include: { questions: true },
    });
    const { id } = await copying.copySet(teacher, "the-call");

    const copy = await t.db.questionSet.findUniqueOrThrow({
      where: { id },
      include: {
        articles: { include: { article: { include: { passages: true } } } },
        questions: { where: { archivedAt: null }, include: { citations: { include: { passage: true } } } },
      },
    });
    expect(copy).toMatchObject({
      ownerId: teacher.id,
      visibility: "PRIVATE",
      publishedAt: null,
      copiedFromId: "the-call",
      title: before.title,
    });
    expect(id).toMatch(/^[a-z2-7]{26}$/);
    expect(copy.questions).toHaveLength(before.questions.filter((q) => !q.archivedAt).length);
    expect(copy.questions.map((q) => q.prompt).sort()).toEqual(
      before.questions
        .filter((q) => !q.archivedAt)
        .map((q) => q.prompt)
        .sort(),
    );
    for (const q of copy.questions) expect(before.questions.map((b) => b.id)).not.toContain(q.id);

    for (const { article } of copy.articles) {
      expect(article.ownerId).toBe(teacher.id);
      expect(article.copiedFromId).not.toBeNull();
      const original = await t.db.passage.findMany({ where: { articleId: article.copiedFromId! } });
      // Every passage, archived ones too, so their keys stay retired in the copy.
      expect(article.passages.map((p) => [p.id, p.key, p.text, p.archivedAt !== null]).sort()).toEqual(
        original.map((p) => [`${article.id}/${p.key}`, p.key, p.text, p.archivedAt !== null]).sort(),
      );
    }
    // Citations into the copies, with the W3C selectors filled in where content/ gave the quote alone.
    for (const q of copy.questions) {
      expect(q.citations.length).toBeGreaterThan(0);
      for (const c of q.citations) {
        expect(copy.articles.map((a) => a.articleId)).toContain(c.articleId);
        expect(c.passage.articleId).toBe(c.articleId);
        expect(c.passage.text.slice(c.start!, c.end!)).toBe(c.quote);
        expect(c.passage.text.slice(0, c.start!).endsWith(c.prefix)).toBe(true);
        expect(c.passage.text.slice(c.end!).startsWith(c.suffix)).toBe(true);
        expect(c.start).not.toBeNull();
      }
    }
    expect(copy.questions.flatMap((q) => q.citations).filter((c) => c.prefix !== "" || c.suffix !== "").length).toBe(
      copy.questions.flatMap((q) => q.citations).filter((c) => c.quote !== c.passage.text).length,
    );
    expect(copy.questions.every((q) => q.heldAt === null)).toBe(true);

    // The original is untouched; the copy is the teacher's alone until they publish it.
    expect(
      await t.db.questionSet.findUniqueOrThrow({ where: { id: "the-call" }, include: { questions: true } }),
    ).toEqual(before);
    expect((await access.readableSet(teacher, id)).isOwner).toBe(true);
    expect(await access.readableSetOrNull(people.owner, id)).toBeNull();
    expect(await access.readableSetOrNull(null, id)).toBeNull();
  });

  it("copies a link-shared teacher's set with both articles it cites, keeping the teacher's selectors", async () => {
    const teacher = await person("gil", "TEACHER");
    const { id } = await copying.copySet(teacher, owned.link.setId);
    const copy = await t.db.questionSet.findUniqueOrThrow({
      where: { id },
      include: { articles: { include: { article: true } }, questions: { include: { citations: true } } },
    });
    expect(copy.articles.map((a) => a.article.copiedFromId).sort()).toEqual(
      [owned.link.articleId, LIBRARY_ARTICLE].sort(),
    );
    const original = await t.db.citation.findMany({ where: { question: { setId: owned.link.setId } } });
    const pick = (c: { quote: string; prefix: string; suffix: string; start: number | null; end: number | null }) =>
      [c.quote, c.prefix, c.suffix, c.start, c.end].join("|");
    expect(
      copy.questions
        .flatMap((q) => q.citations)
        .map(pick)
        .sort(),
    ).toEqual(original.map(pick).sort());
    // The owner's learners' answers stay with the original.
    expect(await t.db.card.count({ where: { setId: id } })).toBe(0);
  });
});
