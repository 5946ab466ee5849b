import { splitHighlights } from "@/lib/content/text-fragment";

/** Text with every quote wrapped in <mark>; the first mark can carry an id to link to. */
export function HighlightedText({
  text,
  quotes,
  markId,
}: {
  text: string;
  quotes: readonly string[];
  markId?: string;
}) {
  const runs = splitHighlights(text, quotes);
  const firstMark = runs.findIndex((run) => run.marked);
  return (
    <>
      {runs.map((run, i) =>
        run.marked ? (
          <mark
            key={i}
            id={i === firstMark ? markId : undefined}
            className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60"
          >
            {run.text}
          </mark>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}
