import type { CitedPassage as Cited } from "@/lib/study/feedback";
import { passageHref } from "@/lib/content/text-fragment";
import { HighlightedText } from "./highlighted-text";

export function CitedPassage({ citation, questionId }: { citation: Cited; questionId: string }) {
  return (
    <figure className="rounded-lg border-l-4 border-[var(--color-accent)] bg-black/[0.03] p-4 dark:bg-white/[0.05]">
      <blockquote className="font-serif leading-relaxed">
        <HighlightedText text={citation.passageText} quotes={[citation.quote]} />
      </blockquote>
      <figcaption className="mt-2 flex flex-wrap items-baseline justify-between gap-2 text-sm text-[var(--color-muted)]">
        <span>{citation.articleTitle}</span>
        {/* A full page load, not client routing: only then does the browser apply the text fragment. */}
        <a
          href={passageHref(citation.articleId, citation.passageKey, citation.quote, questionId)}
          className="font-medium text-[var(--color-accent)] underline underline-offset-2"
        >
          Read in context<span className="sr-only">: {citation.articleTitle}</span>
        </a>
      </figcaption>
    </figure>
  );
}
