// A teacher's report on one assignment: per student (progress toward the goal), per question (percent
// right, most common wrong answer, answers learners overruled as right, not yet seen) and per passage (what the class misses most, so the
// teacher can re-teach from the source). Four queries, whatever the class size.
import "server-only";
import { db } from "../db/client";
import { ownedClass, type Actor } from "./access";
import { goalProgress, isRight, latestAnswers, type ReviewFact } from "./goal";
import { SET_CACHE_MS } from "../content/sets";
import { ttlCache } from "../content/ttl-cache";
import { selectAssignmentReviews } from "../db/direct/assignment-reviews";

/** Distinct answers (ignoring case and surrounding space) with how often each was given, most common first. */
function tally(values: string[]): { answer: string; count: number }[] {
  const counts = new Map<string, { answer: string; count: number }>();
  for (const v of values) {
    const key = v.trim().toLowerCase();
    if (!key) continue;
    const entry = counts.get(key) ?? { answer: v.trim(), count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

/** A set's questions with the passages they cite: content, so kept as the set itself is (lib/content/sets.ts). */
const setContent = ttlCache(SET_CACHE_MS, (setId: string) =>
  db.questionSet.findUniqueOrThrow({
    where: { id: setId },
    select: {
      id: true,
      title: true,
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          prompt: true,
          archivedAt: true,
          citations: {
            select: {
              passage: { select: { id: true, key: true, text: true, article: { select: { id: true, title: true } } } },
            },
          },
        },
      },
    },
  }),
);

export async function assignmentReport(actor: Actor, classId: string, assignmentId: string, now = new Date()) {
  const classroom = await ownedClass(actor, classId);
  const [row, members] = await Promise.all([
    db.assignment.findFirst({
      where: { id: assignmentId, classroomId: classId },
      select: { id: true, dueAt: true, timeZone: true, goalAccuracy: true, goalCoverage: true, setId: true },
    }),
    db.membership.findMany({
      where: { classroomId: classId },
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  if (!row) return null;
  const { setId, ...rest } = row;
  const assignment = { ...rest, set: await setContent(setId) };
  const students = members.map((m) => m.user).sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
  const { questions } = assignment.set;
  // The one large read (students × questions rows) is a named operation on the driver: see its file for why.
  const reviews: ReviewFact[] = (
    await selectAssignmentReviews(
      students.map((s) => s.id),
      assignment.set.id,
    )
  ).map((r) => ({
    ...r,
    correct: r.correct === null ? null : Boolean(r.correct),
    rating: Number(r.rating),
    reviewedAt: new Date(r.reviewedAt),
  }));
  const latest = latestAnswers(reviews);
  const live = questions.filter((q) => !q.archivedAt).map((q) => q.id);

  // One pass over the log groups it by student and collects wrong and overruled answers by question,
  // so the tables below cost students + questions lookups rather than a scan of the log for each row.
  const byStudent = new Map<string, { count: number; lastActive: Date | null }>();
  const wrongByQuestion = new Map<string, string[]>();
  const overruledByQuestion = new Map<string, string[]>();
  for (const r of reviews) {
    if (r.overruledAt) {
      const overruled = overruledByQuestion.get(r.questionId) ?? [];
      overruled.push(r.answer ?? "");
      overruledByQuestion.set(r.questionId, overruled);
    }
    const own = byStudent.get(r.userId) ?? { count: 0, lastActive: null };
    own.count++;
    if (!own.lastActive || r.reviewedAt > own.lastActive) own.lastActive = r.reviewedAt;
    byStudent.set(r.userId, own);
    if (!isRight(r) && r.answer) {
      const wrong = wrongByQuestion.get(r.questionId) ?? [];
      wrong.push(r.answer);
      wrongByQuestion.set(r.questionId, wrong);
    }
  }

  const perStudent = students.map((s) => {
    const progress = goalProgress(s.id, live, latest, assignment);
    const own = byStudent.get(s.id);
    return {
      ...s,
      progress,
      reviews: own?.count ?? 0,
      lastActive: own?.lastActive ?? null,
      overdue: !progress.met && assignment.dueAt < now,
    };
  });

  const perQuestion = questions.map((q) => {
    const answers = students.map((s) => latest.get(`${s.id} ${q.id}`)).filter((a) => a !== undefined);
    const right = answers.filter(isRight).length;
    return {
      id: q.id,
      prompt: q.prompt,
      archived: q.archivedAt !== null,
      attempts: answers.length,
      right,
      percentRight: answers.length ? Math.round((right / answers.length) * 100) : null,
      commonWrong: (tally(wrongByQuestion.get(q.id) ?? [])[0]?.answer as string | undefined) ?? null,
      notSeen: students.length - answers.length,
      // Overruled answers count as right (as the scheduler took them); the teacher sees each one, to
      // add a missing variant to the set or to spot a learner overruling too freely.
      overruled: overruledByQuestion.get(q.id)?.length ?? 0,
      overruledAnswers: tally(overruledByQuestion.get(q.id) ?? []),
    };
  });
  const statsById = new Map(perQuestion.map((p) => [p.id, p]));

  const passages = new Map<
    string,
    {
      id: string;
      key: string;
      text: string;
      article: { id: string; title: string };
      attempts: number;
      misses: number;
      questions: number;
    }
  >();
  for (const q of questions) {
    const stats = statsById.get(q.id)!;
    for (const { passage } of q.citations) {
      const entry = passages.get(passage.id) ?? { ...passage, attempts: 0, misses: 0, questions: 0 };
      entry.attempts += stats.attempts;
      entry.misses += stats.attempts - stats.right;
      entry.questions++;
      passages.set(passage.id, entry);
    }
  }
  const perPassage = [...passages.values()]
    .filter((p) => p.attempts > 0)
    .map((p) => ({ ...p, missRate: p.misses / p.attempts }))
    .sort((a, b) => b.missRate - a.missRate || b.misses - a.misses);

  return { classroom, assignment, students: perStudent, questions: perQuestion, passages: perPassage };
}

export type AssignmentReport = NonNullable<Awaited<ReturnType<typeof assignmentReport>>>;
