import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HighlightedText } from "@/components/highlighted-text";
import { getArticle } from "@/lib/content/articles";

type Props = { params: Promise<{ articleId: string }>; searchParams: Promise<{ highlight?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).articleId);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const [{ articleId }, { highlight }] = await Promise.all([params, searchParams]);
  const article = await getArticle(articleId, highlight);
  if (!article) notFound();
  const highlighted = article.passages.find((p) => p.highlights.length > 0);
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold tracking-tight">{article.title}</h1>
        <p className="text-[var(--color-muted)]">
          {article.outlet}
          {article.translationNote && <> · {article.translationNote}</>}
        </p>
        {highlighted && (
          <p className="text-sm">
            <a href="#highlight" className="text-[var(--color-accent)] underline underline-offset-2">Jump to the highlighted passage</a>
          </p>
        )}
      </header>
      {article.passages.map((passage) => (
        <section key={passage.key} id={passage.key} aria-label={`Passage ${passage.key}`} className="scroll-mt-4 space-y-2">
          <p className="font-serif text-lg leading-relaxed">
            <HighlightedText text={passage.text} quotes={passage.highlights} markId={passage === highlighted ? "highlight" : undefined} />
          </p>
          {passage.questions.length > 0 && (
            <details className="text-sm">
              <summary className="cursor-pointer text-[var(--color-muted)]">
                {passage.questions.length} {passage.questions.length === 1 ? "question cites" : "questions cite"} this passage
              </summary>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {passage.questions.map((q) => (
                  <li key={q.id}>
                    <Link href={`/sets/${encodeURIComponent(q.set.id)}`} className="text-[var(--color-accent)] underline underline-offset-2">{q.prompt}</Link>{" "}
                    <span className="text-[var(--color-muted)]">({q.set.title})</span>
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
