import { PendingButton } from "@/components/ui/pending-button";
import { joinPassagesAction } from "@/lib/authoring/article-actions";
import { SplitHereButton } from "./split-here-button";

const smallButton = "rounded-lg border border-black/20 px-3 py-1 text-sm font-medium dark:border-white/25";

/** An article's passages in order, each with its key, as plain text, and the buttons that fix the split. */
export function PassageList({ articleId, passages }: { articleId: string; passages: { key: string; text: string }[] }) {
  return (
    <ol className="space-y-4">
      {passages.map((p, i) => (
        <li key={p.key} className="space-y-2 rounded-lg border border-black/10 p-3 dark:border-white/15">
          <p className="font-mono text-xs text-muted">
            <span className="sr-only">Passage </span>
            {p.key}
          </p>
          <p id={`passage-text-${p.key}`} dir="auto" className="font-serif leading-relaxed break-words">
            {p.text}
          </p>
          <div className="flex flex-wrap items-start gap-2">
            {i < passages.length - 1 && (
              <form action={joinPassagesAction}>
                <input type="hidden" name="articleId" value={articleId} />
                <input type="hidden" name="key" value={p.key} />
                <PendingButton className={smallButton} pendingLabel="Joining…">
                  Join with next<span className="sr-only"> (passage {p.key})</span>
                </PendingButton>
              </form>
            )}
            <SplitHereButton articleId={articleId} passageKey={p.key} textId={`passage-text-${p.key}`} />
          </div>
        </li>
      ))}
    </ol>
  );
}
