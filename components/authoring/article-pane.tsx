// The set editor's article pane: the passages of one of the set's articles, as plain text, each element
// naming its passage for the Cite button; a chooser of plain links when the set draws on several.
import { routes } from "@/lib/routes";
import { ArticleChooser } from "./article-chooser";
import { PassageText } from "./passage-text";
import type { SetEditorView } from "@/lib/authoring/set-editor";

type Props = { setId: string; articles: SetEditorView["articles"]; shown: SetEditorView["shown"]; edit?: string };

export function ArticlePane({ setId, articles, shown, edit }: Props) {
  return (
    <section
      aria-labelledby="article-heading"
      tabIndex={0}
      className="relative max-h-[60dvh] space-y-4 overflow-y-auto rounded-lg border border-black/10 p-4 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] dark:border-white/15"
    >
      <ArticleChooser
        articles={articles}
        shownId={shown?.id}
        hrefFor={(id) => routes.editSet(setId, { article: id, edit }, "article-heading")}
      />
      {shown ? (
        <article className="space-y-3">
          <header>
            <h2 id="article-heading" className="font-serif text-xl font-semibold">
              {shown.title}
            </h2>
            {shown.outlet && <p className="text-sm text-muted">{shown.outlet}</p>}
          </header>
          {shown.passages.length === 0 && <p className="text-muted">This article has no passages.</p>}
          <PassageText
            articleId={shown.id}
            title={shown.title}
            passages={JSON.stringify(shown.passages.map((p) => [p.key, p.text]))}
          />
        </article>
      ) : (
        <p id="article-heading">This set draws on no article yet: choose one under Set details.</p>
      )}
    </section>
  );
}
