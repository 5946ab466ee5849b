import Link from "next/link";
import type { Revealed } from "@/lib/study/feedback";
import { TextLink } from "@/components/ui/text-link";
import { routes } from "@/lib/routes";

export function PracticeResults({
  setId,
  score,
  total,
  missed,
}: {
  setId: string;
  score: number;
  total: number;
  missed: Revealed[];
}) {
  return (
    <section aria-labelledby="score-heading" className="space-y-5">
      <h2 id="score-heading" className="font-serif text-2xl font-semibold">
        You got {score} of {total} right
      </h2>
      {missed.length === 0 ? (
        <p>You missed none. Well read!</p>
      ) : (
        <div className="space-y-3">
          <h3 className="font-semibold">Questions you missed, and where to read up</h3>
          <ul className="space-y-3">
            {missed.map((q) => (
              <li key={q.questionId} className="rounded-lg border border-black/10 p-3 dark:border-white/15">
                <p>{q.prompt}</p>
                <p className="text-sm">
                  <span className="font-medium">Answer:</span> {q.expected}
                </p>
                <ul className="mt-1 text-sm">
                  {q.citations.map((c, i) => (
                    <li key={i}>
                      <TextLink
                        reload
                        href={routes.passage(c.articleId, c.passageKey, c.quote, q.questionId, c.context)}
                      >
                        Read the passage<span className="sr-only"> for: {q.prompt}</span>
                      </TextLink>{" "}
                      <span className="text-muted">in {c.articleTitle}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <Link
          href={routes.practice(setId)}
          className="rounded-lg bg-accent px-4 py-2 font-semibold text-white dark:text-black"
        >
          Practise again
        </Link>
        <Link href={routes.set(setId)} className="rounded-lg border px-4 py-2 font-semibold">
          Back to the set
        </Link>
      </div>
    </section>
  );
}
