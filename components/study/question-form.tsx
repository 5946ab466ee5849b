import type { Route } from "next";
import Link from "next/link";
import type { StudyItem } from "@/lib/study/queue";
import { GRADE_NAMES, GRADES, type Grade } from "@/lib/srs/scheduler";
import { PendingButton } from "@/components/ui/pending-button";

const button = "rounded-lg px-4 py-2 font-semibold focus-visible:outline-offset-2";

type Props = {
  item: StudyItem;
  /** Where the form posts (the study or practice page's route handler), and the hidden fields it carries. */
  action: Route;
  hidden: Record<string, string | number>;
  revealHref: Route;
  /** A flipped flashcard: its back, and each grade's interval when the answer will be scheduled. */
  flashcard?: { back: string; intervals?: Record<Grade, string> } | null;
};

/** The question as the learner sees it before answering: never its answer, explanation or citations. */
export function QuestionForm({ item, action, hidden, revealHref, flashcard }: Props) {
  const isChoice = item.type === "MULTIPLE_CHOICE" || item.type === "TRUE_FALSE";
  const isTyped = item.type === "SHORT_ANSWER" || item.type === "CLOZE";
  return (
    <form action={action} method="post" data-study-form className="space-y-5">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {isChoice ? (
        <fieldset className="space-y-3">
          <legend className="mb-3 font-serif text-xl leading-snug font-semibold sm:text-2xl">{item.prompt}</legend>
          {item.choices.map((choice, i) => (
            <label
              key={choice}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-black/15 p-3 has-[:checked]:border-accent has-[:checked]:bg-accent/10 dark:border-white/20"
            >
              <input
                type="radio"
                name="response"
                value={choice}
                required
                data-choice={i + 1}
                className="mt-1 size-4 accent-accent"
              />
              <span>
                <kbd className="mr-2 text-sm text-muted" aria-hidden="true">
                  {i + 1}
                </kbd>
                {choice}
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <h2 className="font-serif text-xl leading-snug font-semibold sm:text-2xl" id="question-prompt">
          {item.prompt}
        </h2>
      )}
      {isTyped && (
        <div className="space-y-2">
          <label htmlFor="response" className="block font-medium">
            {item.type === "CLOZE" ? "Fill in the blank" : "Your answer"}
          </label>
          <input
            id="response"
            name="response"
            type="text"
            required
            autoComplete="off"
            autoFocus
            aria-describedby="question-prompt"
            className="w-full rounded-lg border border-black/25 bg-transparent px-3 py-2 text-lg dark:border-white/30"
          />
        </div>
      )}
      {item.type === "FLASHCARD" && !flashcard && (
        <Link
          href={revealHref}
          data-shortcut="flip"
          autoFocus
          className={`${button} inline-block bg-accent text-white dark:text-black`}
        >
          Show answer
        </Link>
      )}
      {item.type === "FLASHCARD" && flashcard && (
        <div className="space-y-4">
          <p className="rounded-lg border border-black/15 p-4 text-lg dark:border-white/20" id="flashcard-back">
            {flashcard.back}
          </p>
          <fieldset>
            <legend className="mb-2 font-medium">How well did you know it?</legend>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
              {GRADES.map((grade) => (
                <button
                  key={grade}
                  type="submit"
                  name="selfGrade"
                  value={grade}
                  data-grade={grade}
                  className={`${button} border border-black/20 dark:border-white/25`}
                >
                  <span className="block">{GRADE_NAMES[grade]}</span>
                  {flashcard.intervals && (
                    <span className="block text-sm font-normal text-muted">{flashcard.intervals[grade]}</span>
                  )}
                </button>
              ))}
            </div>
          </fieldset>
        </div>
      )}
      {!(item.type === "FLASHCARD") && (
        <PendingButton pendingLabel="Checking…" className={`${button} bg-accent text-white dark:text-black`}>
          Check answer
        </PendingButton>
      )}
    </form>
  );
}
