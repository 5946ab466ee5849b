// The set editor's article pane: a window of the passages of one of the set's articles (the whole article follows
// once the page has loaded), as plain text, each element naming its passage for the Cite button; a chooser of
// plain links when the set draws on several, and links to the windows before and after for reading without
// JavaScript.
import Link from "next/link";
import type { Route } from "next";
import { neighbouringWindows, type PassageWindow } from "@/lib/authoring/passage-window";
import { routes } from "@/lib/routes";
import { ArticleChooser } from "./article-chooser";
import { PassageText } from "./passage-text";
import type { SetEditorView } from "@/lib/authoring/set-editor";

type Props = {
  setId: string;
  articles: SetEditorView["articles"];
  shown: SetEditorView["shown"];
  /** What the editor's address keeps when the pane moves to another article or window: the edited question, a draft, a new question's type. */
  keep: { edit?: string; draft?: string; type?: string };
};

const windowLink =
  "inline-block rounded-lg border border-black/20 px-3 py-1 text-sm font-medium underline-offset-2 hover:underline dark:border-white/25";

function WindowLink({ href, label, window }: { href: Route; label: string; window: PassageWindow }) {
  return (
    <p>
      <Link href={href} className={windowLink}>
        {label} ({window.from}–{window.to})
      </Link>
    </p>
  );
}

export function ArticlePane({ setId, articles, shown, keep }: Props) {
  const near = shown && neighbouringWindows(shown.window, shown.total);
  const windowHref = (article: string, w: PassageWindow) =>
    routes.editSet(setId, { ...keep, article, passages: String(w.from) }, "article-heading");
  return (
    <section
      aria-labelledby="article-heading"
      tabIndex={0}
      data-article-pane
      className="relative max-h-[60dvh] space-y-4 overflow-y-auto rounded-lg border border-black/10 p-4 [overflow-anchor:none] lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] dark:border-white/15"
    >
      <ArticleChooser
        articles={articles}
        shownId={shown?.id}
        // A draft opens beside its own article: another article leaves the draft.
        hrefFor={(id) => routes.editSet(setId, { edit: keep.edit, type: keep.type, article: id }, "article-heading")}
      />
      {shown ? (
        <article className="space-y-3">
          <header>
            <h2 id="article-heading" className="font-serif text-xl font-semibold">
              {shown.title}
            </h2>
            {shown.outlet && <p className="text-sm text-muted">{shown.outlet}</p>}
          </header>
          {shown.total === 0 && <p className="text-muted">This article has no passages.</p>}
          <PassageText
            key={shown.id}
            articleId={shown.id}
            title={shown.title}
            from={shown.window.from}
            total={shown.total}
            passages={JSON.stringify(shown.passages.map((p) => [p.key, p.text]))}
            source={routes.editorPassages(setId, shown.id)}
            before={
              near?.before && (
                <WindowLink href={windowHref(shown.id, near.before)} label="Earlier passages" window={near.before} />
              )
            }
            after={
              near?.after && (
                <WindowLink href={windowHref(shown.id, near.after)} label="Later passages" window={near.after} />
              )
            }
          />
        </article>
      ) : (
        <p id="article-heading">This set draws on no article yet: choose one under Set details.</p>
      )}
    </section>
  );
}
