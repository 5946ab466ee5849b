import { CitedPassage } from "@/components/cited-passage";
import type { Revealed } from "@/lib/study/feedback";
import { FocusOnMount } from "./focus-on-mount";

type Props = { revealed: Revealed; given: string | null; verdict: string; wrong: boolean };

/**
 * Right or wrong (and, for a typed answer accepted with a typo, the spelling), the answer, the
 * explanation and the cited passages, focused and announced.
 */
export function FeedbackBody({ revealed, given, verdict, wrong }: Props) {
  const tone = wrong
    ? "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300"
    : "border-green-700 text-green-800 dark:border-green-400 dark:text-green-300";
  return (
    <>
      <FocusOnMount targetId="feedback-heading" />
      <p className="text-sm text-muted">{revealed.prompt}</p>
      <div role="status">
        <h2
          id="feedback-heading"
          tabIndex={-1}
          data-autofocus
          className={`border-l-4 pl-3 font-serif text-2xl font-semibold ${tone}`}
        >
          {verdict}
        </h2>
        {revealed.typo !== null && !wrong && (
          <p className="mt-2">Accepted with a typo: the spelling is “{revealed.typo}”.</p>
        )}
      </div>
      <dl className="space-y-1">
        {given !== null && (
          <div className="flex flex-wrap gap-x-2">
            <dt className="font-medium">Your answer:</dt>
            <dd>{given || "(blank)"}</dd>
          </div>
        )}
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-medium">{revealed.type === "FLASHCARD" ? "Answer:" : "Correct answer:"}</dt>
          <dd>{revealed.expected}</dd>
        </div>
      </dl>
      <p>{revealed.explanation}</p>
      <div className="space-y-3">
        <h3 className="font-semibold">From the source</h3>
        {revealed.citations.map((citation, i) => (
          <CitedPassage key={i} citation={citation} questionId={revealed.questionId} />
        ))}
      </div>
    </>
  );
}
