import type { Metadata } from "next";
import { ArticleDetailsForm } from "@/components/authoring/article-details-form";
import { ArticleTextForm } from "@/components/authoring/article-text-form";
import { DraftFromArticleForm } from "@/components/authoring/draft-from-article-form";
import { PassageList } from "@/components/authoring/passage-list";
import { ReanchorSummary, type SavedCounts } from "@/components/authoring/reanchor-summary";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { articleForEditing } from "@/lib/authoring/articles";
import { asCurrentViewer } from "@/lib/classes/as-current-viewer";
import { noticeText } from "@/lib/errors/notices";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Edit article" };

type Props = { params: Promise<{ articleId: string }>; searchParams: Promise<Record<string, string | undefined>> };

// Counts the text actions put in the address after a save; anything but a small whole number is not shown.
const count = (value: string | undefined) => (/^\d{1,5}$/.test(value ?? "") ? Number(value) : null);

function savedCounts(query: Record<string, string | undefined>): SavedCounts | null {
  if (!["text", "join", "split"].includes(query.saved ?? "")) return null;
  const [unchanged, moved, check, orphaned] = [query.unchanged, query.moved, query.check, query.orphaned].map(count);
  if (unchanged === null || moved === null || check === null || orphaned === null) return null;
  return { unchanged, moved, check, orphaned };
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const [{ articleId }, query] = await Promise.all([params, searchParams]);
  const article = await asCurrentViewer(routes.editArticle(articleId), (actor) => articleForEditing(actor, articleId));
  const notice = noticeText(query.notice);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <PageTitle className="break-words">{article.title}</PageTitle>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <TextLink href={routes.article(article.id)}>Read the article</TextLink>
          <TextLink href={routes.newArticle()}>Add another article</TextLink>
        </p>
        {/* Issue 18: a new draft set on this article, opened on its drafts page. */}
        <DraftFromArticleForm articleId={article.id} />
      </header>
      {query.added === "1" && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200">
          Article added, in {article.passages.length} {article.passages.length === 1 ? "passage" : "passages"}. Check
          where the passages split, and the details below.
        </p>
      )}
      {notice && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200">
          {notice}
        </p>
      )}
      <ReanchorSummary saved={savedCounts(query)} citations={article.citations} />

      <section aria-labelledby="details-heading" className="space-y-3">
        <h2 id="details-heading" className="text-xl font-semibold">
          Details
        </h2>
        <ArticleDetailsForm
          articleId={article.id}
          details={{
            title: article.title,
            outlet: article.outlet,
            publishedOn: article.publishedOn,
            sourceUrl: article.sourceUrl,
            translationNote: article.translationNote,
          }}
        />
      </section>

      <section aria-labelledby="passages-heading" className="space-y-3">
        <h2 id="passages-heading" className="text-xl font-semibold">
          Passages ({article.passages.length})
        </h2>
        <p className="text-sm text-muted">
          Each passage keeps its label while you edit others, so the questions citing it keep their evidence. To split
          one, click in its text where it should break and press Split here, or add a blank line in the text below.
        </p>
        <PassageList articleId={article.id} passages={article.passages} />
      </section>

      <section aria-labelledby="text-heading" className="space-y-3">
        <h2 id="text-heading" className="text-xl font-semibold">
          Edit the text
        </h2>
        <ArticleTextForm articleId={article.id} text={article.text} />
      </section>
    </div>
  );
}
