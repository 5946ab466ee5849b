// Time zones on a real migrated database, with the process in UTC (vitest.config.ts; try TZ=Pacific/Auckland
// too): the new-question limit resets at each learner's own rollover hour, due moments entered in one zone
// read right in another, impossible dates are refused, and overdue is judged by the instant.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/viewer";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let study: typeof import("../../lib/study/answer");
let queue: typeof import("../../lib/study/queue");
let progress: typeof import("../../lib/study/progress");
let history: typeof import("../../lib/study/history");
let learners: typeof import("../../lib/auth/viewer");
let classes: typeof import("../../lib/classes/classes");
let assignments: typeof import("../../lib/classes/assignments");
let reports: typeof import("../../lib/classes/report");
let assignForm: typeof import("../support/assign-form");
let format: typeof import("../../lib/calendar/format");

beforeAll(async () => {
  t = await useAppDatabase();
  study = await import("../../lib/study/answer");
  queue = await import("../../lib/study/queue");
  progress = await import("../../lib/study/progress");
  history = await import("../../lib/study/history");
  learners = await import("../../lib/auth/viewer");
  classes = await import("../../lib/classes/classes");
  assignments = await import("../../lib/classes/assignments");
  reports = await import("../../lib/classes/report");
  assignForm = await import("../support/assign-form");
  format = await import("../../lib/calendar/format");
});
afterAll(() => t.close());

let seq = 0;
async function person(data: {
  timeZone?: string | null;
  rolloverHour?: number;
  role?: "STUDENT" | "TEACHER";
  isGuest?: boolean;
}): Promise<Viewer> {
  const n = ++seq;
  const user = await t.db.user.create({
    data: {
      name: `person ${n}`,
      email: data.isGuest ? null : `tz-${n}@example.com`,
      isGuest: data.isGuest ?? false,
      role: data.role ?? "STUDENT",
      timeZone: data.timeZone ?? null,
      rolloverHour: data.rolloverHour ?? 4,
    },
    select: learners.VIEWER_COLUMNS,
  });
  return learners.viewerFromRow(user);
}
const at = (iso: string) => new Date(iso);
let clientSeq = 0;
const answer = (userId: string, questionId: string, now: Date) =>
  study.recordAnswer({
    userId,
    setId: "the-call",
    questionId,
    clientId: `tz-client-${++clientSeq}`,
    response: "x",
    now,
  });

describe("the new-questions-per-day limit", () => {
  it.each([
    // Taipei and Auckland get their new day before the server's (UTC) midnight; New York after it.
    ["Asia/Taipei (UTC+8)", "Asia/Taipei", "2026-12-04T17:00:00Z", "2026-12-04T19:59:00Z", "2026-12-04T20:00:00Z"],
    [
      "America/New_York (UTC−5)",
      "America/New_York",
      "2026-12-03T23:00:00Z",
      "2026-12-04T08:59:00Z",
      "2026-12-04T09:00:00Z",
    ],
    [
      "Pacific/Auckland (UTC+13)",
      "Pacific/Auckland",
      "2026-12-04T13:00:00Z",
      "2026-12-04T14:59:00Z",
      "2026-12-04T15:00:00Z",
    ],
  ])(
    "resets at 4 AM in %s, not at the server's midnight",
    async (_label, timeZone, introduced, lastMinute, rollover) => {
      const learner = await person({ timeZone, isGuest: true });
      await t.db.studySetting.create({ data: { userId: learner.id, setId: "the-call", newPerDay: 2 } });
      const newLeft = async (iso: string) => (await queue.studyQueue(learner, "the-call", at(iso))).newLeft;
      expect(await newLeft(introduced)).toBe(2);
      await answer(learner.id, "call-weekday", at(introduced));
      await answer(learner.id, "call-length", at(introduced));
      expect(await newLeft(introduced)).toBe(0);
      // The server's midnight (UTC) between the answers and the learner's rollover gives nothing back…
      const serverMidnight = "2026-12-04T00:00:00Z";
      if (at(serverMidnight) > at(introduced)) expect(await newLeft(serverMidnight)).toBe(0);
      expect(await newLeft(lastMinute)).toBe(0);
      // …the learner's 4 AM does, even while the server's date has not changed.
      expect(await newLeft(rollover)).toBe(2);
    },
  );

  it("moves with the learner's own rollover hour", async () => {
    const learner = await person({ timeZone: "America/New_York", rolloverHour: 0, isGuest: true });
    await t.db.studySetting.create({ data: { userId: learner.id, setId: "the-call", newPerDay: 1 } });
    await answer(learner.id, "call-weekday", at("2026-12-04T03:00:00Z")); // 10 PM on the 3rd in New York
    expect((await queue.studyQueue(learner, "the-call", at("2026-12-04T04:59:00Z"))).newLeft).toBe(0);
    expect((await queue.studyQueue(learner, "the-call", at("2026-12-04T05:00:00Z"))).newLeft).toBe(1); // New York midnight
  });

  it("counts the 23-hour day of the spring change once: no second allowance inside it", async () => {
    const learner = await person({ timeZone: "America/New_York", rolloverHour: 0, isGuest: true });
    await t.db.studySetting.create({ data: { userId: learner.id, setId: "the-call", newPerDay: 1 } });
    await answer(learner.id, "call-weekday", at("2026-03-08T05:30:00Z")); // 12:30 AM EST on 8 March
    expect((await queue.studyQueue(learner, "the-call", at("2026-03-09T03:59:00Z"))).newLeft).toBe(0); // 11:59 PM EDT
    expect((await queue.studyQueue(learner, "the-call", at("2026-03-09T04:00:00Z"))).newLeft).toBe(1); // 9 March
  });
});

describe("the forecast and the heatmap count the learner's days", () => {
  it("puts a review late at night on the learner's day, not the server's", async () => {
    const learner = await person({ timeZone: "Asia/Taipei", isGuest: true });
    await answer(learner.id, "call-weekday", at("2026-12-04T17:30:00Z")); // 1:30 AM on the 5th in Taipei: still the 4th's study day
    await answer(learner.id, "call-length", at("2026-12-04T20:30:00Z")); // 4:30 AM on the 5th: the 5th
    const { days } = await history.learnerHistory(learner.id, learner, at("2026-12-05T02:00:00Z"));
    expect(days.at(-1)).toEqual({ day: "2026-12-05", count: 1 });
    expect(days.at(-2)).toEqual({ day: "2026-12-04", count: 1 });
  });

  it("forecasts seven study days across the autumn change, each once, overdue counted today", async () => {
    const learner = await person({ timeZone: "America/New_York", rolloverHour: 0, isGuest: true });
    const now = at("2026-10-30T16:00:00Z");
    await answer(learner.id, "call-weekday", now);
    await answer(learner.id, "call-length", now);
    await answer(learner.id, "call-first-since", now);
    const due = (questionId: string, iso: string) =>
      t.db.card.update({ where: { userId_questionId: { userId: learner.id, questionId } }, data: { due: at(iso) } });
    await due("call-weekday", "2026-10-29T12:00:00Z"); // overdue
    await due("call-length", "2026-11-02T04:30:00Z"); // 11:30 PM EST on 1 November, the 25-hour day
    await due("call-first-since", "2026-11-02T05:00:00Z"); // midnight EST: 2 November
    const forecast = await progress.dueForecast(learner.id, "the-call", learner, now);
    expect(forecast.map((d) => d.day)).toEqual([
      "2026-10-30",
      "2026-10-31",
      "2026-11-01",
      "2026-11-02",
      "2026-11-03",
      "2026-11-04",
      "2026-11-05",
    ]);
    expect(forecast.map((d) => d.count)).toEqual([1, 0, 1, 1, 0, 0, 0]);
  });
});

describe("assignment due moments", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries({ classId: "c", goalAccuracy: "80", goalCoverage: "100", ...fields }))
      data.append(k, v);
    data.append("setIds", "the-call");
    return data;
  };

  it("are entered in the teacher's zone, stored as the instant and shown in each viewer's", async () => {
    const teacher = await person({ timeZone: "Asia/Taipei", role: "TEACHER" });
    const newYorker = await person({ timeZone: "America/New_York" });
    const local = await person({ timeZone: "Asia/Taipei" });
    const classroom = await classes.createClass(teacher, "Taipei class");
    await classes.joinClass(newYorker, classroom.joinCode);
    await classes.joinClass(local, classroom.joinCode);
    const read = await assignForm.readAssignForm(
      form({ classId: classroom.id, due: "2026-12-04", dueTime: "03:00" }),
      teacher.timeZone,
    );
    if (!read.ok) throw new Error(JSON.stringify(read.state));
    await assignments.assignSets(teacher, read.classId, read.input);

    const stored = await t.db.assignment.findFirstOrThrow({ where: { classroomId: classroom.id } });
    expect(stored.dueAt.toISOString()).toBe("2026-12-03T19:00:00.000Z");
    expect(stored.timeZone).toBe("Asia/Taipei");
    const now = at("2026-11-30T12:00:00Z");
    const [theirs] = await assignments.studentAssignments(newYorker, now);
    expect(format.formatDueMoment(theirs.dueAt, newYorker.timeZone, theirs.timeZone, now)).toBe(
      "Thu, Dec 3, 2:00 PM (New York time)",
    );
    const [mine] = await assignments.studentAssignments(local, now);
    expect(format.formatDueMoment(mine.dueAt, local.timeZone, mine.timeZone, now)).toBe("Fri, Dec 4, 3:00 AM");
  });

  it("default to 11:59 PM, and refuse impossible dates and skipped times with a message, never rolling over", async () => {
    const ok = await assignForm.readAssignForm(form({ due: "2026-12-04", dueTime: "" }), "America/New_York");
    expect(ok.ok && ok.input.dueAt.toISOString()).toBe("2026-12-05T04:59:00.000Z");
    for (const [due, dueTime, field, message] of [
      ["2026-02-30", "23:59", "due", /2026-02-30 is not a date on the calendar/],
      ["2026-13-01", "23:59", "due", /2026-13-01 is not a date on the calendar/],
      ["2026-03-08", "02:30", "dueTime", /clocks skip it/],
      ["2026-12-04", "25:00", "dueTime", /not a time of day/],
    ] as const) {
      const refused = await assignForm.readAssignForm(form({ due, dueTime }), "America/New_York");
      expect(refused.ok).toBe(false);
      if (refused.ok) continue;
      expect(refused.state.errors?.[field]).toMatch(message);
      // Nothing the teacher entered is lost, the ticked set included.
      expect(refused.state.values).toMatchObject({ due, dueTime, setIds: "the-call" });
    }
  });

  it("are overdue from the instant, whatever the day is where the viewer is", async () => {
    const teacher = await person({ timeZone: "Asia/Taipei", role: "TEACHER" });
    const newYorker = await person({ timeZone: "America/New_York" });
    const classroom = await classes.createClass(teacher, "Deadline class");
    await classes.joinClass(newYorker, classroom.joinCode);
    const read = await assignForm.readAssignForm(
      form({ classId: classroom.id, due: "2026-12-04", dueTime: "23:59" }),
      teacher.timeZone,
    );
    if (!read.ok) throw new Error("refused");
    await assignments.assignSets(teacher, classroom.id, read.input); // 15:59Z: 10:59 AM on 4 December in New York
    const assignmentId = (await t.db.assignment.findFirstOrThrow({ where: { classroomId: classroom.id } })).id;
    const overdue = async (iso: string) => [
      (await assignments.studentAssignments(newYorker, at(iso)))[0].overdue,
      (await reports.assignmentReport(teacher, classroom.id, assignmentId, at(iso)))!.students[0].overdue,
    ];
    expect(await overdue("2026-12-04T15:58:59Z")).toEqual([false, false]);
    expect(await overdue("2026-12-04T15:59:01Z")).toEqual([true, true]); // still the morning of the 4th in New York
  });
});

describe("a learner's zone", () => {
  it("falls back to DEFAULT_TIME_ZONE (UTC here) while unknown, and an unknown stored name is not trusted", async () => {
    const unknown = await person({ timeZone: null });
    expect(unknown).toMatchObject({ timeZone: "UTC", timeZoneChosen: false, rolloverHour: 4 });
    const broken = await person({ timeZone: "Mars/Olympus" });
    expect(broken).toMatchObject({ timeZone: "UTC", timeZoneChosen: false });
    expect(await person({ timeZone: "Asia/Taipei" })).toMatchObject({ timeZone: "Asia/Taipei", timeZoneChosen: true });
  });
});
