// What the home page lists: the question sets a learner can study.
import "server-only";
import { db } from "./db";

export type SetSummary = { id: string; title: string; description: string; questionCount: number };

export async function listSets(): Promise<SetSummary[]> {
  const sets = await db.questionSet.findMany({
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      _count: { select: { questions: { where: { archivedAt: null } } } },
    },
  });
  return sets.map(({ _count, ...set }) => ({ ...set, questionCount: _count.questions }));
}
