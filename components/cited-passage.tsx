import type { CitedPassage as Cited } from "@/lib/study/feedback";
import { HighlightedText } from "./highlighted-text";
import { TextLink } from "@/components/ui/text-link";
import { routes } from "@/lib/routes";

export function CitedPassage({ citation, questionId }: { citation: Cited; questionId: string }) {
  return (
    <figure className="rounded-lg border-l-4 border-accent bg-black/[0.03] p-4 dark:bg-white/[0.05]">
      <blockquote dir="auto" className="font-serif leading-relaxed">
        <HighlightedText text={citation.passageText} quotes={[citation.quote]} />
      </blockquote>
      <figcaption className="mt-2 flex flex-wrap items-baseline justify-between gap-2 text-sm text-muted">
        <span>{citation.articleTitle}</span>
        {/* A full page load, not client routing: only then does the browser apply the text fragment. */}
        <TextLink
          reload
          href={routes.passage(citation.articleId, citation.passageKey, citation.quote, questionId, citation.context)}
          className="font-medium"
        >
          Read in context<span className="sr-only">: {citation.articleTitle}</span>
        </TextLink>
      </figcaption>
    </figure>
  );
}
