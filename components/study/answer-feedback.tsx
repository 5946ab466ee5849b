import Link from "next/link";
import { CitedPassage } from "@/components/cited-passage";
import { adjustAction, undoAction } from "@/lib/study/actions";
import type { Feedback } from "@/lib/study/feedback";
import { FocusOnMount } from "./focus-on-mount";

const RATING_NAMES: Record<number, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };
const button = "rounded-lg px-4 py-2 font-semibold";

export function AnswerFeedback({ setId, feedback, marked }: { setId: string; feedback: Feedback; marked: boolean }) {
  const { correct } = feedback;
  const verdict = correct === null ? `You rated this card ${RATING_NAMES[feedback.rating]}.` : correct ? "Right!" : "Not quite.";
  const tone = correct === false ? "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300" : "border-green-700 text-green-800 dark:border-green-400 dark:text-green-300";
  return (
    <section aria-labelledby="feedback-heading" className="space-y-5">
      <FocusOnMount targetId="feedback-heading" />
      <p className="text-sm text-[var(--color-muted)]">{feedback.prompt}</p>
      <div role="status">
        <h2 id="feedback-heading" tabIndex={-1} className={`border-l-4 pl-3 font-serif text-2xl font-semibold ${tone}`}>
          {verdict}
        </h2>
      </div>
      <dl className="space-y-1">
        {feedback.given !== null && (
          <div className="flex flex-wrap gap-x-2">
            <dt className="font-medium">Your answer:</dt>
            <dd>{feedback.given || "(blank)"}</dd>
          </div>
        )}
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-medium">{feedback.type === "FLASHCARD" ? "Answer:" : "Correct answer:"}</dt>
          <dd>{feedback.expected}</dd>
        </div>
      </dl>
      <p>{feedback.explanation}</p>
      <div className="space-y-3">
        <h3 className="font-semibold">From the source</h3>
        {feedback.citations.map((citation, i) => (
          <CitedPassage key={i} citation={citation} questionId={feedback.questionId} />
        ))}
      </div>
      {feedback.undone ? (
        <p role="status">This answer was undone.</p>
      ) : (
        correct === true &&
        feedback.rating === 3 &&
        !marked && (
          <form action={adjustAction} className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="setId" value={setId} />
            <input type="hidden" name="reviewId" value={feedback.reviewId} />
            <span className="text-sm text-[var(--color-muted)]">Not so sure?</span>
            <button type="submit" name="confidence" value="guessed" className={`${button} border border-black/20 text-sm dark:border-white/25`}>
              I guessed
            </button>
            <button type="submit" name="confidence" value="easy" className={`${button} border border-black/20 text-sm dark:border-white/25`}>
              That was easy
            </button>
          </form>
        )
      )}
      {marked && <p role="status" className="text-sm">Noted: the schedule takes that into account.</p>}
      <div className="flex flex-wrap items-center gap-3">
        <Link href={`/sets/${encodeURIComponent(setId)}/study`} data-shortcut="next" className={`${button} bg-[var(--color-accent)] text-white dark:text-black`}>
          Next question
        </Link>
        {!feedback.undone && (
          <form action={undoAction}>
            <input type="hidden" name="setId" value={setId} />
            <button type="submit" data-shortcut="undo" className={`${button} border border-black/20 dark:border-white/25`}>
              Undo answer
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
