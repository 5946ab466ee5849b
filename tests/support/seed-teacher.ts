// Seeds a teacher's classes, sets and articles into a database, for the browser suite (which cannot load
// Prisma's generated client in Playwright's own loader): `tsx tests/support/seed-teacher.ts <database url>
// <teacher's email>` prints the seeded ids as JSON. See tests/browser/teacher-content.ts.
import { createPrismaClient } from "../../lib/db/prisma-client";
import { makeArticle, makeSet } from "./authored-content";

/**
 * Gives the teacher signed up as `email` a class "Period 3 Civics" of two students with the-call due in three
 * days, an article, a draft set with a question held from study, and a published set shared by link.
 */
async function seedTeacher(url: string, email: string) {
  const db = createPrismaClient(url);
  try {
    const teacher = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const suffix = Math.random().toString(36).slice(2, 8).toUpperCase();
    const classroom = await db.classroom.create({
      data: { name: "Period 3 Civics", teacherId: teacher.id, joinCode: `T${suffix}`.slice(0, 6) },
    });
    for (const name of ["Ana", "Ben"]) {
      const student = await db.user.create({ data: { name, email: `${name}-${suffix}@example.com`.toLowerCase() } });
      await db.membership.create({ data: { classroomId: classroom.id, userId: student.id } });
    }
    await db.assignment.create({
      data: {
        classroomId: classroom.id,
        setId: "the-call",
        dueAt: new Date(Date.now() + 3 * 86_400_000),
        timeZone: "America/New_York",
      },
    });
    const article = await makeArticle(db, teacher.id, {
      title: "Town council votes on the new library",
      outlet: "The Ledger",
      passages: ["The council voted 5 to 2 on Monday to build a new library.", "Construction starts in the spring."],
    });
    const cite = [{ article, passage: "p1", quote: "voted 5 to 2" }];
    const draft = await makeSet(db, teacher.id, {
      title: "Council vote: the draft",
      questions: [
        { type: "TRUE_FALSE", prompt: "The vote was 5 to 2.", answers: ["True"], explanation: "It says so.", cite },
        { type: "FLASHCARD", prompt: "The vote?", answers: ["5 to 2"], explanation: "It says so.", cite, held: true },
      ],
    });
    const published = await makeSet(db, teacher.id, {
      title: "Zoë's council quiz",
      description: "The vote, in three questions.",
      visibility: "LINK",
      published: true,
      questions: [
        { type: "SHORT_ANSWER", prompt: "What will be built?", answers: ["A library"], explanation: "x", cite },
        {
          type: "CLOZE",
          prompt: "The council voted _____ on Monday.",
          answers: ["5 to 2"],
          explanation: "The first passage.",
          cite,
        },
        {
          type: "MULTIPLE_CHOICE",
          prompt: "When does construction start?",
          choices: ["In the spring", "In the fall"],
          answers: ["In the spring"],
          explanation: "The second passage.",
          cite: [{ article, passage: "p2", quote: "starts in the spring" }],
        },
      ],
    });
    return {
      article: { id: article.id, title: "Town council votes on the new library" },
      draft: { id: draft.id, title: "Council vote: the draft" },
      published: { id: published.id, title: "Zoë's council quiz" },
    };
  } finally {
    await db.$disconnect();
  }
}

const [url, email] = process.argv.slice(2);
seedTeacher(url, email).then(
  (seeded) => console.log(JSON.stringify(seeded)),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
