// The browser tests' way to write teachers' content into the test server's database with Prisma
// (Playwright's own loader cannot load the generated Prisma client): `tsx tests/support/teacher-content-cli.ts
// '<json>'` runs one step and prints its result as JSON. Steps: "set" (a teacher and their set,
// ./teacher-content.ts), "assign" (a class of the teacher's with the set assigned), "share-held" (the set
// published, shared by link, its first question held for a citation to check).
import { newJoinCode } from "../../lib/classes/join-code";
import { createPrismaClient } from "../../lib/db/prisma-client";
import { createTeacherSet } from "./teacher-content";

type Step =
  | { op: "set"; ownerName: string; title: string; visibility?: "PRIVATE" | "LINK" | "PUBLIC" }
  | { op: "assign"; ownerId: string; setId: string }
  | { op: "share-held"; setId: string };

async function run(db: ReturnType<typeof createPrismaClient>, step: Step): Promise<unknown> {
  if (step.op === "set") {
    const email = `${step.ownerName.replace(/\W/g, "").toLowerCase()}-${Date.now()}@example.com`;
    const owner = await db.user.create({ data: { name: step.ownerName, role: "TEACHER", email } });
    return {
      ownerId: owner.id,
      ...(await createTeacherSet(db, { ownerId: owner.id, title: step.title, visibility: step.visibility })),
    };
  }
  if (step.op === "assign") {
    const classroom = await db.classroom.create({
      data: { name: "Period 7", teacherId: step.ownerId, joinCode: newJoinCode() },
    });
    await db.assignment.create({
      data: { classroomId: classroom.id, setId: step.setId, dueAt: new Date(Date.now() + 7 * 86_400_000) },
    });
    return { joinCode: classroom.joinCode };
  }
  const held = await db.question.findFirstOrThrow({ where: { setId: step.setId }, orderBy: { position: "asc" } });
  await db.question.update({ where: { id: held.id }, data: { heldAt: new Date() } });
  await db.citation.updateMany({ where: { questionId: held.id }, data: { status: "CHECK" } });
  await db.questionSet.update({ where: { id: step.setId }, data: { visibility: "LINK", publishedAt: new Date() } });
  return { prompt: held.prompt };
}

const db = createPrismaClient(process.env.DATABASE_URL ?? "file:data/browser-test.db");
run(db, JSON.parse(process.argv[2]) as Step)
  .then((result) => process.stdout.write(JSON.stringify(result)))
  .finally(() => db.$disconnect());
