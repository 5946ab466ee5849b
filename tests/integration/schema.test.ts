import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** The tables of the test database, by its provider's catalog. */
function listTables(t: TestDatabase) {
  const sql =
    t.provider === "sqlite"
      ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
      : "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename";
  return t.db.$queryRawUnsafe<{ name: string }[]>(sql);
}

/** The query plan of a SELECT as one string. PostgreSQL is told to avoid sequential scans, which it
 * prefers on tables this small, so the plan shows whether an index could serve the query at all. */
async function queryPlan(t: TestDatabase, select: string): Promise<string> {
  if (t.provider === "sqlite") {
    const rows = await t.db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${select}`);
    return rows.map((row) => row.detail).join(" ");
  }
  const rows = await t.db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${select}`);
  });
  return rows.map((row) => row["QUERY PLAN"]).join(" ");
}

let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase();
});
afterEach(() => t.close());

describe("the committed migrations", () => {
  it("create every table of the schema and record themselves as applied", async () => {
    const tables = await listTables(t);
    expect(tables.map((row) => row.name)).toEqual(
      expect.arrayContaining([
        "User",
        "Account",
        "Session",
        "VerificationToken",
        "Article",
        "Passage",
        "QuestionSet",
        "SetArticle",
        "Question",
        "Citation",
        "DraftDecision",
        "Card",
        "Review",
        "StudySetting",
        "Classroom",
        "Membership",
        "Assignment",
        "Meta",
        "_prisma_migrations",
      ]),
    );
    const applied = await t.db.$queryRawUnsafe<{ migration_name: string; finished_at: string | null }[]>(
      'SELECT migration_name, finished_at FROM "_prisma_migrations"',
    );
    expect(applied.length).toBeGreaterThan(0);
    expect(applied.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("index the hot paths: a user's due items in a set, and a class's results per question", async () => {
    const now = t.provider === "sqlite" ? "0" : "now()";
    const due = await queryPlan(
      t,
      `SELECT * FROM "Card" WHERE "userId" = 'u' AND "setId" = 's' AND "due" <= ${now} ORDER BY "due"`,
    );
    expect(due).toMatch(/(USING INDEX|Index Scan using) "?Card_userId_setId_due_idx/);
    const results = await queryPlan(t, `SELECT * FROM "Review" WHERE "questionId" = 'q' AND "userId" IN ('a', 'b')`);
    expect(results).toMatch(
      /(USING INDEX|Index Scan using|Bitmap Index Scan on) "?Review_questionId_userId_reviewedAt_idx/,
    );
  });
});

describe("a row round-trips", () => {
  it("through content, study and classes", async () => {
    const { db } = t;
    const student = await db.user.create({ data: { email: "ada@example.com", name: "Ada" } });
    const teacher = await db.user.create({ data: { email: "t@example.com", role: "TEACHER", passwordHash: "hash" } });
    await db.article.create({
      data: {
        id: "cnn",
        title: "Biden and Xi speak",
        outlet: "CNN",
        contentHash: "h",
        passages: { create: [{ id: "cnn/call", key: "call", position: 0, text: "Biden spoke by phone with Xi." }] },
      },
    });
    await db.questionSet.create({
      data: {
        id: "the-call",
        title: "The call",
        description: "Who spoke, and when",
        contentHash: "h",
        articles: { create: [{ articleId: "cnn" }] },
        questions: {
          create: [
            {
              id: "who-called",
              type: "SHORT_ANSWER",
              position: 0,
              prompt: "Who spoke by phone with Xi?",
              answers: JSON.stringify(["Joe Biden", "Biden"]),
              explanation: "The report opens with the call.",
              contentHash: "h",
              citations: {
                create: [{ articleId: "cnn", passageId: "cnn/call", quote: "Biden spoke by phone", position: 0 }],
              },
            },
          ],
        },
      },
    });
    const due = new Date("2026-11-24T00:00:00Z");
    await db.card.create({
      data: {
        userId: student.id,
        questionId: "who-called",
        setId: "the-call",
        due,
        stability: 2.3,
        difficulty: 5.1,
        elapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
      },
    });
    await db.review.create({
      data: {
        clientId: "c-1",
        userId: student.id,
        questionId: "who-called",
        setId: "the-call",
        rating: 3,
        correct: true,
        answer: "biden",
        durationMs: 4200,
      },
    });
    const classroom = await db.classroom.create({
      data: {
        name: "Period 3",
        teacherId: teacher.id,
        joinCode: "K7QW2P",
        memberships: { create: [{ userId: student.id }] },
        assignments: { create: [{ setId: "the-call", dueAt: due }] },
      },
    });

    const question = await db.question.findUniqueOrThrow({
      where: { id: "who-called" },
      include: { citations: { include: { passage: true } }, cards: true, reviews: true },
    });
    expect(JSON.parse(question.answers)).toEqual(["Joe Biden", "Biden"]);
    expect(question.citations[0].passage.text).toContain(question.citations[0].quote);
    expect(question.cards[0]).toMatchObject({ userId: student.id, due, stability: 2.3, state: 2, version: 0 });
    expect(question.reviews[0]).toMatchObject({
      rating: 3,
      correct: true,
      answer: "biden",
      mode: "SCHEDULED",
      undoneAt: null,
    });

    const loaded = await db.classroom.findUniqueOrThrow({
      where: { joinCode: "K7QW2P" },
      include: { memberships: true, assignments: true },
    });
    expect(loaded.id).toBe(classroom.id);
    expect(loaded.memberships.map((m) => m.userId)).toEqual([student.id]);
    expect(loaded.assignments[0]).toMatchObject({ goalCoverage: 1, goalAccuracy: 0.8 });
  });

  it("hides password hashes unless a query asks for them", async () => {
    await t.db.user.create({ data: { email: "t@example.com", passwordHash: "secret-hash" } });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "t@example.com" } });
    expect(user).not.toHaveProperty("passwordHash");
    const withHash = await t.db.user.findUniqueOrThrow({
      where: { email: "t@example.com" },
      omit: { passwordHash: false },
    });
    expect(withHash.passwordHash).toBe("secret-hash");
  });

  it("refuses a second answer with the same client id", async () => {
    const user = await t.db.user.create({ data: {} });
    await t.db.article.create({ data: { id: "a", title: "A", contentHash: "h" } });
    await t.db.questionSet.create({
      data: {
        id: "s",
        title: "S",
        description: "",
        contentHash: "h",
        questions: {
          create: [
            {
              id: "q",
              type: "TRUE_FALSE",
              position: 0,
              prompt: "?",
              answers: '["true"]',
              explanation: "e",
              contentHash: "h",
            },
          ],
        },
      },
    });
    const answer = { clientId: "same", userId: user.id, questionId: "q", setId: "s", rating: 3 };
    await t.db.review.create({ data: answer });
    await expect(t.db.review.create({ data: answer })).rejects.toThrow(/Unique constraint/);
    expect(await t.db.review.count()).toBe(1);
  });
});
