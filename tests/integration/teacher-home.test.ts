// The teacher's home on a real database: what it shows an empty teacher and a busy one, the on-track counts
// against the class report's, and that another teacher's classes, sets and articles never appear.
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";
import type { Viewer } from "../../lib/auth/session";
import { useAppDatabase, type TestDatabase } from "../support/test-database";
import { makeArticle, makeSet } from "../support/authored-content";

let t: TestDatabase;
let home: typeof import("../../lib/authoring/teacher-home");
let classes: typeof import("../../lib/classes/classes");
let assignments: typeof import("../../lib/classes/assignments");
let reports: typeof import("../../lib/classes/report");
let study: typeof import("../../lib/study/answer");
let viewers: typeof import("../../lib/auth/viewer");

const DAY = 86_400_000;
let n = 0;

async function person(name: string, role: "STUDENT" | "TEACHER", isGuest = false): Promise<Viewer> {
  return viewers.viewerFromRow(
    await t.db.user.create({
      data: { name, role, isGuest, email: isGuest ? null : `${name}-${++n}@example.com`, timeZone: "America/New_York" },
      select: viewers.VIEWER_COLUMNS,
    }),
  );
}

async function assign(teacher: Viewer, classId: string, setId: string, dueInDays: number, goal = { cov: 1, acc: 0.8 }) {
  await assignments.assignSets(teacher, classId, {
    setIds: [setId],
    dueAt: new Date(Date.now() + dueInDays * DAY),
    timeZone: "Europe/Berlin",
    goalAccuracy: goal.acc,
    goalCoverage: goal.cov,
  });
  return (
    await t.db.assignment.findFirstOrThrow({ where: { classroomId: classId, setId }, orderBy: { createdAt: "desc" } })
  ).id;
}

/** Answers `count` multiple-choice questions of a library set, right or wrong. */
async function answerSet(who: Viewer, setId: string, count: number, right: boolean) {
  const questions = await t.db.question.findMany({
    where: { setId, type: "MULTIPLE_CHOICE", archivedAt: null },
    orderBy: { position: "asc" },
    take: count,
  });
  expect(questions.length).toBe(count);
  for (const q of questions) {
    const answer = JSON.parse(q.answers)[0] as string;
    const wrong = (JSON.parse(q.choices) as string[]).find((c) => c !== answer)!;
    await study.recordAnswer({
      userId: who.id,
      setId,
      questionId: q.id,
      clientId: `home-${who.id}-${q.id}-${++n}`,
      response: right ? answer : wrong,
    });
  }
}

let log: MockInstance<typeof console.log>;

/** How many statements Prisma runs for `work` (the app's client logs each one with FOOTNOTE_LOG_QUERIES=1). */
async function countQueries(work: () => Promise<unknown>): Promise<number> {
  log.mockClear();
  await work();
  return log.mock.calls.filter(([line]) => typeof line === "string" && line.startsWith("query ")).length;
}

beforeAll(async () => {
  // Before the app's client is made: it then logs each statement, which countQueries counts (and nobody reads).
  process.env.FOOTNOTE_LOG_QUERIES = "1";
  log = vi.spyOn(console, "log").mockImplementation(() => {});
  t = await useAppDatabase();
  home = await import("../../lib/authoring/teacher-home");
  classes = await import("../../lib/classes/classes");
  assignments = await import("../../lib/classes/assignments");
  reports = await import("../../lib/classes/report");
  study = await import("../../lib/study/answer");
  viewers = await import("../../lib/auth/viewer");
});
afterAll(() => t.close());

describe("the teacher's home", () => {
  it("is empty for a teacher with nothing yet", async () => {
    const fresh = await person("fresh", "TEACHER");
    expect(await home.teacherHome(fresh)).toEqual({ classes: [], sets: [], articles: [], empty: true });
  });

  it("lists classes with their next due assignment, and counts who is on track as the report does", async () => {
    const teacher = await person("rivera", "TEACHER");
    const period3 = await classes.createClass(teacher, "Period 3");
    const period5 = await classes.createClass(teacher, "Period 5");
    const archived = await classes.createClass(teacher, "Last year");
    await t.db.classroom.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const students = await Promise.all(["ana", "ben", "cai", "dee"].map((name) => person(name, "STUDENT")));
    for (const s of students.slice(0, 3)) await classes.joinClass(s, period3.joinCode);
    await classes.joinClass(students[3], period5.joinCode);

    // Period 3: one past assignment, the next one (the-call, a lenient goal), and a later one.
    await assign(teacher, period3.id, "flashpoints", -1);
    const next = await assign(teacher, period3.id, "the-call", 2, { cov: 0.25, acc: 0.75 });
    await assign(teacher, period3.id, "since-the-summit", 5);
    // Period 5: only a past assignment, so nothing is due next.
    await assign(teacher, period5.id, "the-call", -2);

    await answerSet(students[0], "the-call", 3, true); // 3 of 12 right: met (25% answered, 100% right)
    await answerSet(students[1], "the-call", 3, false); // answered, all wrong: not met
    await answerSet(students[2], "the-call", 1, true); // too few answered: not met
    await answerSet(students[3], "the-call", 3, true); // right, but in the other class
    // Answers to another set count for nothing here.
    await answerSet(students[1], "flashpoints", 2, true);

    const { classes: listed, empty } = await home.teacherHome(teacher);
    expect(empty).toBe(false);
    expect(listed.map((c) => c.name)).toEqual(["Period 3", "Period 5"]);
    const [p3, p5] = listed;
    expect(p3).toMatchObject({
      students: 3,
      next: { id: next, set: { id: "the-call" }, timeZone: "Europe/Berlin", onTrack: 1 },
    });
    expect(p5).toMatchObject({ students: 1, next: null });

    const report = (await reports.assignmentReport(teacher, period3.id, next))!;
    expect(p3.next!.onTrack).toBe(report.students.filter((s) => s.progress.met).length);

    // Ben turns his answers around: both the home and the report follow the latest answers.
    await answerSet(students[1], "the-call", 3, true);
    const again = (await home.teacherHome(teacher)).classes[0];
    const reportAgain = (await reports.assignmentReport(teacher, period3.id, next))!;
    expect(again.next!.onTrack).toBe(2);
    expect(again.next!.onTrack).toBe(reportAgain.students.filter((s) => s.progress.met).length);

    // A self-graded flashcard counts as right from Hard up, as in the report: Eve meets the goal, Fay does not.
    const flashcard = await t.db.question.findFirstOrThrow({ where: { setId: "the-call", type: "FLASHCARD" } });
    for (const [name, selfGrade] of [
      ["eve", 2],
      ["fay", 1],
    ] as const) {
      const learner = await person(name, "STUDENT");
      await classes.joinClass(learner, period3.joinCode);
      await answerSet(learner, "the-call", 2, true);
      await study.recordAnswer({
        userId: learner.id,
        setId: "the-call",
        questionId: flashcard.id,
        clientId: `home-card-${learner.id}`,
        response: "",
        selfGrade,
      });
    }
    const withCards = (await home.teacherHome(teacher)).classes[0];
    const reportCards = (await reports.assignmentReport(teacher, period3.id, next))!;
    expect(withCards).toMatchObject({ students: 5, next: { onTrack: 3 } });
    expect(reportCards.students.filter((s) => s.progress.met).map((s) => s.name)).toEqual(["ana", "ben", "eve"]);
  });

  it("lists the teacher's own sets (drafts and published, held questions counted) and articles", async () => {
    const teacher = await person("okafor", "TEACHER");
    const article = await makeArticle(t.db, teacher.id, {
      title: "Town council vote",
      outlet: "The Ledger",
      passages: ["The council voted 5 to 2 on Monday.", "An old paragraph.", "The mayor signed it."],
      archived: [1],
    });
    const cite = [{ article, passage: "p1", quote: "voted 5 to 2" }];
    const draft = await makeSet(t.db, teacher.id, {
      title: "Council draft",
      questions: [
        { type: "TRUE_FALSE", prompt: "The vote was 5 to 2.", answers: ["True"], explanation: "It says so.", cite },
        { type: "FLASHCARD", prompt: "Vote?", answers: ["5 to 2"], explanation: "It says so.", cite, held: true },
        { type: "FLASHCARD", prompt: "Gone", answers: ["x"], explanation: "x", cite, archived: true, held: true },
      ],
    });
    const published = await makeSet(t.db, teacher.id, {
      title: "Council vote",
      visibility: "LINK",
      published: true,
      questions: [{ type: "SHORT_ANSWER", prompt: "Who signed?", answers: ["The mayor"], explanation: "x", cite }],
    });
    const gone = await makeSet(t.db, teacher.id, { title: "Archived set", questions: [] });
    await t.db.questionSet.update({ where: { id: gone.id }, data: { archivedAt: new Date() } });

    const view = await home.teacherHome(teacher);
    expect(view.classes).toEqual([]);
    expect(view.empty).toBe(false);
    expect(view.sets).toHaveLength(2);
    expect(view.sets).toEqual(
      expect.arrayContaining([
        { id: draft.id, title: "Council draft", visibility: "PRIVATE", publishedAt: null, questions: 2, held: 1 },
        expect.objectContaining({ id: published.id, visibility: "LINK", questions: 1, held: 0 }),
      ]),
    );
    expect(view.sets.find((s) => s.id === published.id)!.publishedAt).toBeInstanceOf(Date);
    expect(view.articles).toEqual([{ id: article.id, title: "Town council vote", outlet: "The Ledger", passages: 2 }]);
  });

  it("never shows another teacher's classes, sets or articles, nor the library's", async () => {
    const mine = await person("mine", "TEACHER");
    const theirs = await person("theirs", "TEACHER");
    const article = await makeArticle(t.db, theirs.id, { title: "Theirs", passages: ["A passage."] });
    await makeSet(t.db, theirs.id, {
      title: "Their set",
      published: true,
      visibility: "PUBLIC",
      questions: [
        {
          type: "FLASHCARD",
          prompt: "Q",
          answers: ["A"],
          explanation: "E",
          cite: [{ article, passage: "p1", quote: "A passage" }],
        },
      ],
    });
    const theirClass = await classes.createClass(theirs, "Their class");
    await assign(theirs, theirClass.id, "the-call", 3);

    expect(await home.teacherHome(mine)).toEqual({ classes: [], sets: [], articles: [], empty: true });
    const view = await home.teacherHome(theirs);
    expect(view.sets.map((s) => s.title)).toEqual(["Their set"]);
    expect(view.articles.map((a) => a.title)).toEqual(["Theirs"]);
    expect(view.classes.map((c) => c.name)).toEqual(["Their class"]);
  });

  it("is for teachers only: students, guests and the signed out are refused", async () => {
    await expect(home.teacherHome(await person("stu", "STUDENT"))).rejects.toMatchObject({ code: "teachers-only" });
    await expect(home.teacherHome(await person("gue", "STUDENT", true))).rejects.toMatchObject({ code: "sign-in" });
    await expect(home.teacherHome(null)).rejects.toMatchObject({ code: "sign-in" });
  });

  it("reads a fixed number of times whatever the number of classes", async () => {
    const teacher = await person("busy", "TEACHER");
    for (let i = 0; i < 10; i++) {
      const c = await classes.createClass(teacher, `Class ${i}`);
      const s = await person(`s${i}`, "STUDENT");
      await classes.joinClass(s, c.joinCode);
      await assign(teacher, c.id, i % 2 ? "the-call" : "flashpoints", 1 + i);
      await answerSet(s, i % 2 ? "the-call" : "flashpoints", 1, true);
    }
    const queries = await countQueries(() => home.teacherHome(teacher));
    const few = await person("few", "TEACHER");
    const c = await classes.createClass(few, "Only");
    await assign(few, c.id, "the-call", 1);
    const fewQueries = await countQueries(() => home.teacherHome(few));
    expect(queries).toBeGreaterThan(0);
    expect(queries).toBe(fewQueries);
  });
});
