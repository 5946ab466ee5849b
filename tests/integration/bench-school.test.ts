// The benchmark's synthetic school is a school the app can serve: its rows are written as Prisma
// would write them, so the study queue's one-statement query and the class report read them right.
import { afterEach, describe, expect, it } from "vitest";
import { seedSchool } from "../../bench/school";
import { loadContent } from "../../lib/content/load";
import { syncContent } from "../../lib/content/sync";
import { openDirectSql } from "../../lib/db/direct/driver";
import { queueFacts } from "../../lib/db/direct/queue-facts";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
afterEach(() => t.close());

describe("the benchmark's synthetic school", () => {
  it("seeds students, classes of 40 at most, and one card and one review per student and synthetic question", async () => {
    t = await createTestDatabase();
    await syncContent(t.db, loadContent());
    const now = new Date();
    const school = await seedSchool(t.url, { students: 12, classes: 3, reviews: 720 }, now);

    expect(school.cards).toBe(720);
    expect(await t.db.card.count({ where: { userId: { startsWith: "bench-" } } })).toBe(720);
    expect(await t.db.review.count({ where: { userId: { startsWith: "bench-" } } })).toBe(720);
    expect(await t.db.membership.count({ where: { classroomId: school.report.classId } })).toBe(12);
    expect(await t.db.question.count({ where: { setId: school.sets[0].id, archivedAt: null } })).toBe(60);
    expect(await t.db.assignment.findUnique({ where: { id: school.report.assignmentId } })).toMatchObject({
      setId: school.sets[0].id,
    });

    // What the study page asks, read back through the app's own query on both databases.
    const userId = school.students[3].id;
    const setId = school.sets[0].id;
    const due = await t.db.card.count({ where: { userId, setId, due: { lte: now } } });
    const sql = openDirectSql(t.url);
    const facts = await queueFacts(
      sql,
      userId,
      setId,
      now,
      new Date(now.getTime() + 20 * 60_000),
      new Date(now.getTime() - 86_400_000),
    ).finally(() => sql.close());
    expect(due).toBeGreaterThan(0);
    expect(facts).toMatchObject({ due, firstIsDue: true, unseen: 0, freshId: null, newPerDay: null });
    const first = await t.db.card.findFirst({
      where: { userId, setId, due: { lte: now } },
      orderBy: { due: "asc" },
      select: { questionId: true },
    });
    expect(facts.firstId).toBe(first?.questionId);
  });
});
