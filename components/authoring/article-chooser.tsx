// The chooser of a set's articles above an article pane (the set editor's and the drafts page's): plain links,
// the shown one marked as the current page. Shown only when the set draws on more than one article.
import type { Route } from "next";
import Link from "next/link";

type Props = {
  articles: { id: string; title: string }[];
  shownId: string | undefined;
  /** The address that shows article `id` in this pane. */
  hrefFor: (id: string) => Route;
};

export function ArticleChooser({ articles, shownId, hrefFor }: Props) {
  if (articles.length < 2) return null;
  return (
    <nav aria-label="Articles of this set">
      <ul className="flex flex-wrap gap-2 text-sm">
        {articles.map((a) => (
          <li key={a.id}>
            <Link
              href={hrefFor(a.id)}
              aria-current={a.id === shownId ? "page" : undefined}
              className="inline-block rounded-full border border-black/20 px-3 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-paper dark:border-white/25"
            >
              {a.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
