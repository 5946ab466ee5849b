// A synthetic school for the benchmark, written straight into a migrated database that already holds
// the shipped content: students, teachers, classes of 40, synthetic 60-question sets assigned to them,
// one scheduling card per student and synthetic question, and the review log behind those cards.
import Database from "better-sqlite3";
import { databaseProvider, sqliteFilePath } from "../lib/db/database-url";
import { createPostgresPool } from "../lib/db/postgres-pool";
import { CARD_STATE_COLUMNS } from "../lib/db/direct/columns";
import { Rating, State } from "../lib/srs/scheduler";

export type SchoolSize = { students: number; classes: number; reviews: number };

export type School = {
  students: { id: string; name: string; setIds: string[] }[];
  /** Per synthetic set, its question ids and the right choice of each. */
  sets: { id: string; questions: { id: string; right: string }[] }[];
  /** The report scenario's target: a class of 40, an assignment of a 60-question set, its teacher. */
  report: { teacherId: string; classId: string; assignmentId: string; students: number; questions: number };
  cards: number;
  reviews: number;
};

const CLASS_SIZE = 40;
const SET_SIZE = 60;
const CHOICES = ["Washington", "Beijing", "Moscow", "Brussels"];
const DAY = 86_400_000;

type Row = unknown[];
type Sink = { insert(table: string, columns: string[], rows: Row[]): Promise<void>; close(): Promise<void> };

/** SQLite: one prepared statement per table, every row in one transaction; values as Prisma stores them. */
function sqliteSink(file: string): Sink {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  const value = (v: unknown) =>
    v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v;
  return {
    async insert(table, columns, rows) {
      const statement = sqlite.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      sqlite.transaction(() => {
        for (const row of rows) statement.run(row.map(value));
      })();
    },
    async close() {
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
      sqlite.exec("ANALYZE");
      sqlite.close();
    },
  };
}

/** PostgreSQL: multi-row INSERTs, as many rows per statement as the 65,535 parameters allow. */
function postgresSink(url: string): Sink {
  const pool = createPostgresPool(url);
  return {
    async insert(table, columns, rows) {
      const perStatement = Math.floor(60_000 / columns.length);
      for (let start = 0; start < rows.length; start += perStatement) {
        const batch = rows.slice(start, start + perStatement);
        const values = batch.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`);
        await pool.query(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values.join(", ")}`,
          batch.flat(),
        );
      }
    },
    async close() {
      await pool.query("ANALYZE");
      await pool.end();
    },
  };
}

const pad = (n: number, width = 4) => String(n).padStart(width, "0");

/** A small deterministic generator, so two runs of the same size seed the same school. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function passageIds(url: string): Promise<string[]> {
  const file = sqliteFilePath(url);
  if (file) {
    const sqlite = new Database(file, { readonly: true });
    try {
      return (
        sqlite.prepare(`SELECT id FROM "Passage" WHERE "archivedAt" IS NULL ORDER BY id`).all() as { id: string }[]
      ).map((r) => r.id);
    } finally {
      sqlite.close();
    }
  }
  const pool = createPostgresPool(url);
  try {
    return (
      await pool.query<{ id: string }>(`SELECT id FROM "Passage" WHERE "archivedAt" IS NULL ORDER BY id`)
    ).rows.map((r) => r.id);
  } finally {
    await pool.end();
  }
}

export async function seedSchool(url: string, size: SchoolSize, now = new Date()): Promise<School> {
  const rand = random(2024);
  const passages = await passageIds(url);
  if (passages.length === 0) throw new Error("seed the shipped content first: no passages to cite");
  const sink = databaseProvider(url) === "sqlite" ? sqliteSink(sqliteFilePath(url)!) : postgresSink(url);
  const at = new Date(now.getTime() - 30 * DAY);

  // Questions: enough that every student has one card per synthetic question and the cards add up to
  // the review count asked for (one review behind each card).
  const perStudent = Math.max(SET_SIZE, Math.ceil(size.reviews / size.students));
  const sets: School["sets"] = [];
  const setRows: Row[] = [];
  const questionRows: Row[] = [];
  const citationRows: Row[] = [];
  for (let s = 0; s * SET_SIZE < perStudent; s++) {
    const setId = `bench-set-${pad(s, 2)}`;
    const count = Math.min(SET_SIZE, perStudent - s * SET_SIZE);
    // Library sets, as content/'s are: public and published, so every student may read them (lib/content/set-access.ts).
    setRows.push([
      setId,
      `Benchmark set ${s + 1}`,
      "Synthetic questions for the benchmark.",
      100 + s,
      "bench",
      "PUBLIC",
      at,
      at,
      at,
    ]);
    const questions = [];
    for (let q = 0; q < count; q++) {
      const id = `${setId}-q${pad(q, 3)}`;
      const right = CHOICES[q % CHOICES.length];
      questions.push({ id, right });
      questionRows.push([
        id,
        setId,
        "MULTIPLE_CHOICE",
        q,
        `Synthetic question ${q + 1}: which capital?`,
        JSON.stringify(CHOICES),
        JSON.stringify([right]),
        "Synthetic.",
        "bench",
        at,
        at,
      ]);
      const passageId = passages[(s * SET_SIZE + q) % passages.length];
      citationRows.push([`${id}-c0`, id, passageId.split("/")[0], passageId, "Synthetic quote.", 0]);
    }
    sets.push({ id: setId, questions });
  }
  await sink.insert(
    "QuestionSet",
    ["id", "title", "description", "position", "contentHash", "visibility", "publishedAt", "createdAt", "updatedAt"],
    setRows,
  );
  await sink.insert(
    "Question",
    [
      "id",
      "setId",
      "type",
      "position",
      "prompt",
      "choices",
      "answers",
      "explanation",
      "contentHash",
      "createdAt",
      "updatedAt",
    ],
    questionRows,
  );
  await sink.insert("Citation", ["id", "questionId", "articleId", "passageId", "quote", "position"], citationRows);
  const articles = [...new Set(passages.map((p) => p.split("/")[0]))];
  await sink.insert(
    "SetArticle",
    ["setId", "articleId"],
    sets.flatMap((set) => articles.map((a) => [set.id, a])),
  );

  // People: students, and a teacher for every three classes.
  const teachers = Math.max(1, Math.ceil(size.classes / 3));
  const userColumns = ["id", "name", "email", "role", "isGuest", "createdAt", "updatedAt"];
  await sink.insert("User", userColumns, [
    ...Array.from({ length: size.students }, (_, i) => [
      `bench-s-${pad(i)}`,
      `Student ${pad(i)}`,
      `student-${pad(i)}@bench.local`,
      "STUDENT",
      false,
      at,
      at,
    ]),
    ...Array.from({ length: teachers }, (_, i) => [
      `bench-t-${pad(i)}`,
      `Teacher ${pad(i)}`,
      `teacher-${pad(i)}@bench.local`,
      "TEACHER",
      false,
      at,
      at,
    ]),
  ]);

  // Classes of 40: class c starts at student c × stride, so every student is in one or two classes.
  const stride = Math.max(1, Math.floor(size.students / size.classes));
  const classRows: Row[] = [];
  const membershipRows: Row[] = [];
  const assignmentRows: Row[] = [];
  for (let c = 0; c < size.classes; c++) {
    const classId = `bench-c-${pad(c, 3)}`;
    classRows.push([classId, `Class ${c + 1}`, `bench-t-${pad(c % teachers)}`, `BENCH${pad(c, 3)}`, at]);
    for (let k = 0; k < Math.min(CLASS_SIZE, size.students); k++)
      membershipRows.push([classId, `bench-s-${pad((c * stride + k) % size.students)}`, at]);
    assignmentRows.push([
      `bench-a-${pad(c, 3)}`,
      classId,
      sets[c % sets.length].id,
      new Date(now.getTime() + 7 * DAY),
      1,
      0.8,
      at,
    ]);
  }
  await sink.insert("Classroom", ["id", "name", "teacherId", "joinCode", "createdAt"], classRows);
  await sink.insert("Membership", ["classroomId", "userId", "joinedAt"], membershipRows);
  await sink.insert(
    "Assignment",
    ["id", "classroomId", "setId", "dueAt", "goalCoverage", "goalAccuracy", "createdAt"],
    assignmentRows,
  );

  // Cards and their reviews, a student at a time so memory stays flat. A third of the cards are due.
  const cardColumns = [
    "id",
    "userId",
    "questionId",
    "setId",
    ...CARD_STATE_COLUMNS,
    "version",
    "createdAt",
    "updatedAt",
  ];
  const reviewColumns = [
    "id",
    "userId",
    "questionId",
    "setId",
    "mode",
    "rating",
    "correct",
    "answer",
    "durationMs",
    "stateAfter",
    "reviewedAt",
  ];
  let cards = 0;
  let cardRows: Row[] = [];
  let reviewRows: Row[] = [];
  const flush = async () => {
    await sink.insert("Card", cardColumns, cardRows);
    await sink.insert("Review", reviewColumns, reviewRows);
    cardRows = [];
    reviewRows = [];
  };
  for (let i = 0; i < size.students; i++) {
    const userId = `bench-s-${pad(i)}`;
    for (const set of sets) {
      for (const question of set.questions) {
        const reviewedAt = new Date(now.getTime() - Math.floor(rand() * 20 * DAY));
        const scheduledDays = 1 + Math.floor(rand() * 30);
        const due = new Date(reviewedAt.getTime() + scheduledDays * DAY);
        const correct = rand() < 0.7;
        const rating = correct ? Rating.Good : Rating.Again;
        const state = {
          due: due.toISOString(),
          stability: scheduledDays,
          difficulty: 5,
          elapsedDays: 0,
          scheduledDays,
          learningSteps: 0,
          reps: 1,
          lapses: 0,
          state: State.Review,
          lastReview: reviewedAt.toISOString(),
        };
        const id = `${userId}-${question.id}`;
        cardRows.push([
          id,
          userId,
          question.id,
          set.id,
          due,
          scheduledDays,
          5,
          0,
          scheduledDays,
          0,
          1,
          0,
          State.Review,
          reviewedAt,
          0,
          reviewedAt,
          reviewedAt,
        ]);
        reviewRows.push([
          `r-${id}`,
          userId,
          question.id,
          set.id,
          "SCHEDULED",
          rating,
          correct,
          correct ? question.right : CHOICES[(CHOICES.indexOf(question.right) + 1) % CHOICES.length],
          4000,
          JSON.stringify(state),
          reviewedAt,
        ]);
        cards++;
      }
    }
    if (cardRows.length >= 20_000) await flush();
  }
  await flush();
  await sink.close();

  const reportSet = sets[0];
  return {
    students: Array.from({ length: size.students }, (_, i) => ({
      id: `bench-s-${pad(i)}`,
      name: `Student ${pad(i)}`,
      setIds: sets.map((s) => s.id),
    })),
    sets,
    report: {
      teacherId: "bench-t-0000",
      classId: "bench-c-000",
      assignmentId: "bench-a-000",
      students: Math.min(CLASS_SIZE, size.students),
      questions: reportSet.questions.length,
    },
    cards,
    reviews: cards,
  };
}
