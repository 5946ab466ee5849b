// The drafts page's article pane: the article drafted from, its passages numbered as the drafts cite them
// (¶3 links to #passage-3), and a chooser of plain links when the set draws on several articles.
import type { SetDraftsView } from "@/lib/drafts/set-drafts";
import { routes } from "@/lib/routes";
import { ArticleChooser } from "./article-chooser";

type Props = { setId: string; articles: SetDraftsView["articles"]; shown: NonNullable<SetDraftsView["shown"]> };

export function DraftArticlePane({ setId, articles, shown }: Props) {
  return (
    <section
      aria-labelledby="article-heading"
      tabIndex={0}
      className="relative max-h-[60dvh] space-y-4 overflow-y-auto rounded-lg border border-black/10 p-4 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] dark:border-white/15"
    >
      <ArticleChooser
        articles={articles}
        shownId={shown.id}
        hrefFor={(id) => routes.setDrafts(setId, { article: id })}
      />
      <article className="space-y-3">
        <header>
          <h2 id="article-heading" className="font-serif text-xl font-semibold [overflow-wrap:anywhere]">
            {shown.title}
          </h2>
          {(shown.outlet || shown.note) && (
            <p className="text-sm text-muted">{[shown.outlet, shown.note].filter(Boolean).join(" · ")}</p>
          )}
        </header>
        {shown.passages.length === 0 && <p className="text-muted">This article has no passages.</p>}
        <ol className="list-decimal space-y-3 pl-8 leading-relaxed whitespace-pre-line marker:text-xs marker:text-muted">
          {shown.passages.map((p) => (
            <li key={p.key} id={`passage-${p.number}`} className="scroll-mt-4 [overflow-wrap:anywhere]">
              {p.text}
            </li>
          ))}
        </ol>
      </article>
    </section>
  );
}
