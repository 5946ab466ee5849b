// What the study page shows, worked out on the server: a start button for a visitor, the verdict on
// an answer, "all done", or the next question with the fresh token its answer will carry. Plain data
// (pages/sets/[setId]/study.tsx hands it to React as props), never an answer before it is given.
import type { Viewer } from "../auth/viewer";
import { readableSetOrNull } from "../content/set-access";
import type { Grade } from "../srs/scheduler";
import { answerToken, type AnswerToken } from "./answer-token";
import { getFeedback, type Feedback } from "./feedback";
import { revealFlashcard } from "./flashcard";
import { studyQueue, type StudyItem } from "./queue";
import { noticeText } from "../errors/notices";

export type StudySet = { id: string; title: string };

export type StudyPageView =
  | { kind: "missing" }
  | { kind: "visitor"; set: StudySet }
  | { kind: "feedback"; set: StudySet; notice: string | null; feedback: Feedback; marked: boolean }
  | { kind: "done"; set: StudySet; notice: string | null }
  | {
      kind: "question";
      set: StudySet;
      notice: string | null;
      due: number;
      newLeft: number;
      item: StudyItem;
      flashcard: { back: string; intervals: Record<Grade, string> } | null;
      token: AnswerToken;
    };

type Query = Partial<Record<"notice" | "fields" | "review" | "marked" | "reveal", string>>;

/**
 * The study page for `setId` as `learner` (null: signed out) sees it: "missing" when there is no such set or
 * they may not read it (lib/content/set-access.ts), so the two look alike.
 */
export async function studyPageView(setId: string, learner: Viewer | null, query: Query): Promise<StudyPageView> {
  const found = await readableSetOrNull(learner, setId);
  if (!found) return { kind: "missing" };
  const set = { id: found.id, title: found.title };
  if (!learner) return { kind: "visitor", set };

  // A code from the URL, shown as its text; anything else in ?notice= is not shown at all.
  const notice = noticeText(query.notice, query.fields);
  const feedback = query.review ? await getFeedback(learner.id, query.review) : null;
  if (feedback) return { kind: "feedback", set, notice, feedback, marked: query.marked === "1" };

  const queue = await studyQueue(learner, set.id);
  if (!queue.next) return { kind: "done", set, notice };
  const flashcard = query.reveal === queue.next.id ? await revealFlashcard(learner.id, queue.next.id) : null;
  return {
    kind: "question",
    set,
    notice,
    due: queue.due,
    newLeft: queue.newLeft,
    item: queue.next,
    flashcard,
    token: answerToken(),
  };
}
