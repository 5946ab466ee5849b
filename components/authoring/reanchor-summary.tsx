import Link from "next/link";
import type { CitationNeedingCare } from "@/lib/authoring/articles";
import { routes } from "@/lib/routes";

export type SavedCounts = { unchanged: number; moved: number; check: number; orphaned: number };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What the last change of text did to the citations into the article (`saved`, counts from the save), and
 * every citation that is not where it was cited (`citations`, read now), each linking to its set's editor.
 */
export function ReanchorSummary({ saved, citations }: { saved: SavedCounts | null; citations: CitationNeedingCare[] }) {
  const held = citations.filter((c) => c.status !== "MOVED");
  const moved = citations.filter((c) => c.status === "MOVED");
  return (
    <>
      {saved && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200">
          Saved.{" "}
          {saved.unchanged + saved.moved + saved.check + saved.orphaned === 0
            ? "No question cites this article yet."
            : [
                saved.unchanged > 0 && `${plural(saved.unchanged, "citation")} unchanged`,
                saved.moved > 0 && `${plural(saved.moved, "citation")} moved`,
                saved.check > 0 && `${saved.check} to check`,
                saved.orphaned > 0 && `${saved.orphaned} orphaned`,
              ]
                .filter(Boolean)
                .join("; ") + "."}
        </p>
      )}
      {held.length > 0 && (
        <section
          aria-labelledby="held-heading"
          className="space-y-2 rounded-lg border border-amber-700/40 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <h2 id="held-heading" className="font-semibold">
            {plural(held.length, "citation")} to fix: these questions are hidden from study until you fix them
          </h2>
          <CitationList citations={held} />
        </section>
      )}
      {moved.length > 0 && (
        <details className="rounded-lg border border-black/10 p-4 dark:border-white/15">
          <summary className="cursor-pointer font-medium">
            {plural(moved.length, "citation")} moved with the text (still studied)
          </summary>
          <div className="mt-2">
            <CitationList citations={moved} />
          </div>
        </details>
      )}
    </>
  );
}

const LABEL = { MOVED: "moved", CHECK: "check this citation", ORPHANED: "orphaned: its quote is gone" } as const;

function CitationList({ citations }: { citations: CitationNeedingCare[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {citations.map((c, i) => (
        <li key={`${c.question.id}-${i}`}>
          <Link
            href={routes.editSet(c.question.setId, {}, `question-${c.question.id}`)}
            className="font-medium underline underline-offset-2"
          >
            {c.question.prompt}
          </Link>{" "}
          <span className="text-sm">
            ({c.question.setTitle}; {LABEL[c.status]}: “{c.quote}”)
          </span>
        </li>
      ))}
    </ul>
  );
}
