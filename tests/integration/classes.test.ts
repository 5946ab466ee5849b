// Classes, assignments and reports on a real database, and who may do what with them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/session";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let classes: typeof import("../../lib/classes/classes");
let assignments: typeof import("../../lib/classes/assignments");
let reports: typeof import("../../lib/classes/report");
let study: typeof import("../../lib/study/answer");
let learners: typeof import("../../lib/auth/viewer");

const people: Record<string, Viewer> = {};
let classA: { id: string; joinCode: string };
let classB: { id: string; joinCode: string };
let assignmentA: string;

async function person(name: string, role: "STUDENT" | "TEACHER", isGuest = false): Promise<Viewer> {
  return learners.viewerFromRow(
    await t.db.user.create({
      data: { name, role, isGuest, email: isGuest ? null : `${name}@example.com` },
      select: learners.VIEWER_COLUMNS,
    }),
  );
}

beforeAll(async () => {
  t = await useAppDatabase();
  classes = await import("../../lib/classes/classes");
  assignments = await import("../../lib/classes/assignments");
  reports = await import("../../lib/classes/report");
  study = await import("../../lib/study/answer");
  learners = await import("../../lib/auth/viewer");
  people.guest = await person("guest", "STUDENT", true);
  people.student = await person("ana", "STUDENT");
  people.otherStudent = await person("ben", "STUDENT");
  people.teacher = await person("rivera", "TEACHER");
  people.otherTeacher = await person("okafor", "TEACHER");
  classA = await classes.createClass(people.teacher, "Period 3");
  classB = await classes.createClass(people.otherTeacher, "Period 5");
  await classes.joinClass(people.student, classA.joinCode);
  await classes.joinClass(people.otherStudent, classB.joinCode);
  await assignments.assignSets(people.teacher, classA.id, {
    setIds: ["the-call"],
    dueAt: new Date(Date.now() + 86_400_000),
    timeZone: "UTC",
    goalAccuracy: 0.8,
    goalCoverage: 1,
  });
  await assignments.assignSets(people.otherTeacher, classB.id, {
    setIds: ["flashpoints"],
    dueAt: new Date(Date.now() + 86_400_000),
    timeZone: "UTC",
    goalAccuracy: 0.8,
    goalCoverage: 1,
  });
  assignmentA = (await t.db.assignment.findFirstOrThrow({ where: { classroomId: classA.id } })).id;
});
afterAll(() => t.close());

describe("classes", () => {
  it("join with a code typed loosely, once, and see the class's assignments", async () => {
    const late = await person("cai", "STUDENT");
    const code = `${classA.joinCode.slice(0, 3).toLowerCase()} - ${classA.joinCode.slice(3)}`;
    await classes.joinClass(late, code);
    await classes.joinClass(late, classA.joinCode);
    expect(await t.db.membership.count({ where: { userId: late.id } })).toBe(1);
    const mine = await assignments.studentAssignments(late);
    expect(mine.map((a) => a.set.id)).toEqual(["the-call"]);
    expect(mine[0].progress).toMatchObject({ answered: 0, total: 12, met: false });
  });

  it("refuse an unknown code with a clear message", async () => {
    await expect(classes.joinClass(people.student, "ZZZZZZ")).rejects.toThrow(/No class has that code/);
    await expect(classes.joinClass(people.teacher, classA.joinCode)).rejects.toThrow("This is your own class.");
  });

  it("stop accepting the old code once the teacher makes a new one", async () => {
    const throwaway = await classes.createClass(people.teacher, "Spare");
    const fresh = await classes.regenerateJoinCode(people.teacher, throwaway.id);
    expect(fresh).not.toBe(throwaway.joinCode);
    await expect(classes.joinClass(people.otherStudent, throwaway.joinCode)).rejects.toThrow(/No class has that code/);
    await classes.joinClass(people.otherStudent, fresh);
    await classes.removeStudent(people.teacher, throwaway.id, people.otherStudent.id);
    expect(await t.db.membership.count({ where: { classroomId: throwaway.id } })).toBe(0);
  });
});

describe("assignment progress and reports", () => {
  it("follow students' latest answers, per student, per question and per passage", async () => {
    const answer = (who: Viewer, questionId: string, response: string, n: number) =>
      study.recordAnswer({
        userId: who.id,
        setId: "the-call",
        questionId,
        clientId: `report-${who.id}-${n}`,
        response,
      });
    const second = await person("dee", "STUDENT");
    await classes.joinClass(second, classA.joinCode);
    await answer(people.student, "call-weekday", "Monday", 1);
    await answer(people.student, "call-weekday", "Tuesday", 2);
    await answer(people.student, "call-length", "An hour", 3);
    await answer(second, "call-weekday", "Monday", 1);
    await answer(second, "call-length", "An hour", 2);

    const report = (await reports.assignmentReport(people.teacher, classA.id, assignmentA))!;
    const ana = report.students.find((s) => s.id === people.student.id)!;
    expect(ana.progress).toMatchObject({ answered: 2, right: 1, total: 12, met: false });
    expect(ana.reviews).toBe(3);
    const weekday = report.questions.find((q) => q.id === "call-weekday")!;
    expect(weekday).toMatchObject({ attempts: 2, right: 1, percentRight: 50, commonWrong: "Monday" });
    expect(weekday.notSeen).toBe(report.students.length - 2);
    expect(report.questions.find((q) => q.id === "call-length")).toMatchObject({
      percentRight: 0,
      commonWrong: "An hour",
    });
    expect(report.passages[0]).toMatchObject({ key: "candid-and-constructive", misses: 2, attempts: 2, missRate: 1 });

    const downloads = await import("../../lib/classes/report-downloads");
    const csv = downloads.reportCsv(report, "questions");
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFquestion_id,question,percent_right,answered,most_common_wrong_answer,not_yet_seen,overruled,overruled_answers",
    );
    expect(csv).toContain(
      `\r\ncall-weekday,"According to CNN, on which day of the week did Biden and Xi speak by phone?",50,2,Monday,${weekday.notSeen},0,\r\n`,
    );
  });

  it("count an overruled answer as right, and list each question's overruled answers in the table and downloads", async () => {
    const learners = [await person("eve", "STUDENT"), await person("fay", "STUDENT"), await person("gus", "STUDENT")];
    for (const [n, who] of learners.entries()) {
      await classes.joinClass(who, classA.joinCode);
      const response = n < 2 ? "jul 2022" : "=2+2";
      const { reviewId, correct } = await study.recordAnswer({
        userId: who.id,
        setId: "the-call",
        questionId: "last-phone-call",
        clientId: `overrule-${who.id}`,
        response,
      });
      expect(correct).toBe(false);
      await study.overruleVerdict(who.id, reviewId);
    }
    const report = (await reports.assignmentReport(people.teacher, classA.id, assignmentA))!;
    const question = report.questions.find((q) => q.id === "last-phone-call")!;
    expect(question).toMatchObject({
      overruled: 3,
      overruledAnswers: [
        { answer: "jul 2022", count: 2 },
        { answer: "=2+2", count: 1 },
      ],
    });
    expect(question.right).toBe(question.attempts);
    expect(report.students.find((s) => s.id === learners[0].id)!.progress).toMatchObject({ answered: 1, right: 1 });

    const downloads = await import("../../lib/classes/report-downloads");
    const csv = downloads.reportCsv(report, "questions");
    expect(csv).toContain(`,3,jul 2022 (2); =2+2 (1)\r\n`);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await downloads.reportXlsx(report, "questions")) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Questions")!;
    const row = sheet.getRow(report.questions.indexOf(question) + 2);
    expect([
      row.getCell(1).value,
      row.getCell(3).value,
      row.getCell(3).numFmt,
      row.getCell(7).value,
      row.getCell(8).value,
    ]).toEqual(["last-phone-call", 1, "0%", 3, "jul 2022 (2); =2+2 (1)"]);
    for (const who of learners) await t.db.user.delete({ where: { id: who.id } });
  });

  it("neutralise spreadsheet formulas in names written by users", async () => {
    const sneaky = learners.viewerFromRow(
      await t.db.user.create({
        data: { name: '=HYPERLINK("x")', email: "sneaky@example.com" },
        select: learners.VIEWER_COLUMNS,
      }),
    );
    await classes.joinClass(sneaky, classA.joinCode);
    const downloads = await import("../../lib/classes/report-downloads");
    const csv = downloads.reportCsv(
      (await reports.assignmentReport(people.teacher, classA.id, assignmentA))!,
      "students",
    );
    expect(csv).toContain('"\'=HYPERLINK(""x"")"');
    await t.db.user.delete({ where: { id: sneaky.id } });
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
  const teacherOnly = {
    anonymous: "sign-in",
    guest: "sign-in",
    student: "teachers-only",
    otherStudent: "teachers-only",
    teacher: "ok",
    otherTeacher: "not-found",
  };

  it.each([
    ["read the class and its roster", (a: Viewer | null) => classes.classDetail(a, classA.id)],
    ["read the assignment report", (a: Viewer | null) => reports.assignmentReport(a, classA.id, assignmentA)],
    [
      "assign a set",
      (a: Viewer | null) =>
        assignments.assignSets(a, classA.id, {
          setIds: ["flashpoints"],
          dueAt: new Date(),
          timeZone: "UTC",
          goalAccuracy: 0.8,
          goalCoverage: 1,
        }),
    ],
    [
      "remove an assignment that does not exist",
      (a: Viewer | null) => assignments.removeAssignment(a, classA.id, "no-such-assignment"),
    ],
    ["remove a student who is not in the class", (a: Viewer | null) => classes.removeStudent(a, classA.id, "nobody")],
  ])("only the class's teacher may %s", async (_what, work) => {
    for (const name of actors)
      expect([name, await outcome(() => work(actor(name)))]).toEqual([name, teacherOnly[name]]);
  });

  it("only the class's teacher may replace its join code", async () => {
    const spare = await classes.createClass(people.teacher, "Codes");
    for (const name of actors.filter((n) => n !== "teacher")) {
      expect([name, await outcome(() => classes.regenerateJoinCode(actor(name), spare.id))]).toEqual([
        name,
        teacherOnly[name],
      ]);
    }
    expect(await outcome(() => classes.regenerateJoinCode(people.teacher, spare.id))).toBe("ok");
  });

  it("creating classes and listing them is for teachers, each seeing only their own", async () => {
    for (const name of ["anonymous", "guest", "student", "otherStudent"] as const) {
      expect([name, await outcome(() => classes.createClass(actor(name), "x"))]).toEqual([
        name,
        name === "anonymous" || name === "guest" ? "sign-in" : "teachers-only",
      ]);
    }
    const mine = await classes.teacherClasses(people.teacher);
    const theirs = await classes.teacherClasses(people.otherTeacher);
    expect(mine.map((c) => c.id)).toContain(classA.id);
    expect(mine.map((c) => c.id)).not.toContain(classB.id);
    expect(theirs.map((c) => c.id)).toEqual([classB.id]);
  });

  it("joining needs an account, and students see only their own classes' assignments", async () => {
    expect(await outcome(() => classes.joinClass(null, classA.joinCode))).toBe("sign-in");
    expect(await outcome(() => classes.joinClass(people.guest, classA.joinCode))).toBe("sign-in");
    expect(await outcome(() => assignments.studentAssignments(null))).toBe("sign-in");
    expect(await outcome(() => assignments.studentAssignments(people.guest))).toBe("sign-in");
    const anas = await assignments.studentAssignments(people.student);
    expect(anas.length).toBeGreaterThan(0);
    expect(new Set(anas.map((a) => a.className))).toEqual(new Set(["Period 3"]));
    const bens = await assignments.studentAssignments(people.otherStudent);
    expect(bens.map((a) => [a.className, a.set.id])).toEqual([["Period 5", "flashpoints"]]);
    expect((await classes.studentClasses(people.otherStudent)).map((c) => c.id)).toEqual([classB.id]);
  });
});
