import type { Feedback } from "@/lib/study/feedback";
import { FeedbackBody } from "./feedback-body";
import { PendingButton } from "@/components/ui/pending-button";
import { routes } from "@/lib/routes";
import { GRADE_NAMES, Rating, type Grade } from "@/lib/srs/scheduler";

const button = "rounded-lg px-4 py-2 font-semibold";

/** The verdict on the study page, with its forms: each posts to the study page's route handler. */
export function AnswerFeedback({ setId, feedback, marked }: { setId: string; feedback: Feedback; marked: boolean }) {
  const { correct } = feedback;
  const verdict =
    correct === null
      ? `You rated this card ${GRADE_NAMES[feedback.rating as Grade]}.`
      : feedback.overruled
        ? "Counted as right: you overruled the check."
        : correct
          ? "Right!"
          : "Not quite.";
  return (
    <section aria-labelledby="feedback-heading" className="space-y-5">
      <FeedbackBody revealed={feedback} given={feedback.given} verdict={verdict} wrong={correct === false} />
      {feedback.undone ? (
        <p role="status">This answer was undone.</p>
      ) : (
        correct === true &&
        feedback.rating === Rating.Good &&
        !feedback.overruled &&
        !marked && (
          <form action={routes.studyStep(setId, "adjust")} method="post" className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="reviewId" value={feedback.reviewId} />
            <span className="text-sm text-muted">Not so sure?</span>
            <button
              type="submit"
              name="confidence"
              value="guessed"
              className={`${button} border border-black/20 text-sm dark:border-white/25`}
            >
              I guessed
            </button>
            <button
              type="submit"
              name="confidence"
              value="easy"
              className={`${button} border border-black/20 text-sm dark:border-white/25`}
            >
              That was easy
            </button>
          </form>
        )
      )}
      {feedback.overrulable && (
        <form action={routes.studyStep(setId, "overrule")} method="post" className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="reviewId" value={feedback.reviewId} />
          <span className="text-sm text-muted">
            Sure your answer means the same? Count it as right: it is marked as overruled, which a teacher can see.
          </span>
          <PendingButton
            pendingLabel="Saving…"
            className={`${button} border border-black/20 text-sm dark:border-white/25`}
          >
            I was right
          </PendingButton>
        </form>
      )}
      {marked && (
        <p role="status" className="text-sm">
          Noted: the schedule takes that into account.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <a href={routes.study(setId)} data-shortcut="next" className={`${button} bg-accent text-white dark:text-black`}>
          Next question
        </a>
        {!feedback.undone && (
          <form action={routes.studyStep(setId, "undo")} method="post">
            <PendingButton
              data-shortcut="undo"
              pendingLabel="Undoing…"
              className={`${button} border border-black/20 dark:border-white/25`}
            >
              Undo answer
            </PendingButton>
          </form>
        )}
      </div>
    </section>
  );
}
