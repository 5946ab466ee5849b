import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DraftFromArticleForm } from "@/components/authoring/draft-from-article-form";
import { HighlightedText } from "@/components/highlighted-text";
import { getViewer } from "@/lib/auth/session";
import { getArticle } from "@/lib/content/articles";
import { mayDraftFrom } from "@/lib/drafts/start-set";
import { TextLink } from "@/components/ui/text-link";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ articleId: string }>; searchParams: Promise<{ highlight?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle(await getViewer(), (await params).articleId);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const [{ articleId }, { highlight }] = await Promise.all([params, searchParams]);
  const viewer = await getViewer();
  const [article, draftable] = await Promise.all([
    getArticle(viewer, articleId, highlight),
    mayDraftFrom(viewer, articleId),
  ]);
  if (!article) notFound();
  const highlighted = article.passages.find((p) => p.highlights.length > 0);
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <PageTitle className="tracking-tight">{article.title}</PageTitle>
        <p className="text-muted">
          {article.outlet}
          {article.translationNote && <> · {article.translationNote}</>}
        </p>
        {/* Issue 18: a teacher drafts questions from a library article or their own. */}
        {draftable && (
          <p>
            <DraftFromArticleForm articleId={article.id} />
          </p>
        )}
        {highlighted && (
          <p className="text-sm">
            <TextLink reload href="#highlight">
              Jump to the highlighted passage
            </TextLink>
          </p>
        )}
      </header>
      {article.passages.map((passage) => (
        <section
          key={passage.key}
          id={passage.key}
          aria-label={`Passage ${passage.key}`}
          className="scroll-mt-4 space-y-2"
        >
          <p dir="auto" className="font-serif text-lg leading-relaxed">
            <HighlightedText
              text={passage.text}
              quotes={passage.highlights}
              markId={passage === highlighted ? "highlight" : undefined}
            />
          </p>
          {passage.questions.length > 0 && (
            <details className="text-sm">
              <summary className="cursor-pointer text-muted">
                {passage.questions.length} {passage.questions.length === 1 ? "question cites" : "questions cite"} this
                passage
              </summary>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {passage.questions.map((q) => (
                  <li key={q.id}>
                    <TextLink href={routes.set(q.set.id)}>{q.prompt}</TextLink>{" "}
                    <span className="text-muted">({q.set.title})</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      ))}
    </article>
  );
}
