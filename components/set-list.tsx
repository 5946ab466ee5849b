import Link from "next/link";
import type { SetSummary } from "@/lib/content/library";
import type { SetProgress } from "@/lib/study/progress";
import { formatInstant } from "@/lib/calendar/format";
import { routes } from "@/lib/routes";

/** The question sets, each with the learner's progress; dates in `timeZone` (the learner's). */
export function SetList({
  sets,
  progress,
  timeZone,
}: {
  sets: SetSummary[];
  progress: Map<string, SetProgress> | null;
  timeZone: string;
}) {
  if (sets.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-black/20 p-6 text-muted dark:border-white/25">
        No question sets yet. Add an article and a set under <code>content/</code> (see content/README.md) and restart;
        they will be listed here.
      </p>
    );
  }
  return (
    <ul className="space-y-3">
      {sets.map((set) => {
        const mine = progress?.get(set.id);
        return (
          <li key={set.id} className="rounded-lg border border-black/10 p-4 dark:border-white/15">
            <h3 className="text-lg font-semibold">
              <Link href={routes.set(set.id)} className="underline-offset-2 hover:underline">
                {set.title}
              </Link>
            </h3>
            <p className="text-sm text-muted">
              {set.questionCount} {set.questionCount === 1 ? "question" : "questions"} · Sources:{" "}
              {set.articles.map((a) => `${a.outlet ?? a.title}${a.translationNote ? " (translated)" : ""}`).join(", ")}
            </p>
            <p className="mt-1">{set.description}</p>
            {mine && mine.seen > 0 && (
              <p className="mt-2 text-sm">
                {mine.due} due now · {mine.fresh} new · {mine.mastered} mastered
                {mine.lastStudied && <> · last studied {formatInstant(mine.lastStudied, timeZone, "date")}</>}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
