import type { Metadata } from "next";
import { DraftArticlePane } from "@/components/authoring/draft-article-pane";
import { DraftList, RejectedDrafts } from "@/components/authoring/draft-list";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { asCurrentViewer } from "@/lib/classes/as-current-viewer";
import { DRAFTS_PAGE, setDrafts } from "@/lib/drafts/set-drafts";
import { noticeText } from "@/lib/errors/notices";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ setId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const metadata: Metadata = { title: "Drafted questions" };

// No loading.tsx: a streamed page swaps its content in with JavaScript, and these forms must work without it. While
// an article is drafted (a second or two the first time), the app's navigation status says "Loading…" and the
// pressed button says what it is doing.

// Flags the drafts page's own forms set; anything else in the query is not shown.
const DONE: Record<string, string> = {
  accepted: "Draft accepted: it is now a question of the set.",
  rejected: "Draft rejected. It is listed under Rejected drafts, where you can offer it again.",
  undone: "The draft is offered again.",
  saved: "Question saved from the draft.",
};

/** Words under which an article is too short to carry the facts drafts ask about. */
const SHORT_ARTICLE = 60;

const box = "rounded-lg border border-dashed border-black/20 p-6 dark:border-white/25";

export default async function SetDraftsPage({ params, searchParams }: Props) {
  const [{ setId }, query] = await Promise.all([params, searchParams]);
  const view = await asCurrentViewer(routes.setDrafts(setId), (viewer) => setDrafts(viewer, setId, query.article));
  const { set, shown, drafts, counts } = view;
  const showing = /^\d{1,4}$/.test(query.shown ?? "") ? Math.max(DRAFTS_PAGE, Number(query.shown)) : DRAFTS_PAGE;
  const done = Object.hasOwn(DONE, query.done ?? "") ? DONE[query.done!] : null;
  const notice = noticeText(query.notice);
  const article = shown?.id ?? "";

  return (
    <div className="space-y-6 lg:relative lg:left-1/2 lg:w-[min(94vw,80rem)] lg:-translate-x-1/2">
      <header className="space-y-2">
        <p className="flex flex-wrap gap-x-4 text-sm">
          <TextLink href={routes.editSet(set.id, { article: shown?.id })}>Back to the set editor</TextLink>
          {/* On a phone the article comes first, a screen or more of it. */}
          {shown && (
            <a href="#drafts-heading" className="text-accent underline underline-offset-2 lg:hidden">
              Go to the drafts
            </a>
          )}
        </p>
        <PageTitle className="[overflow-wrap:anywhere]">Drafted questions: {set.title}</PageTitle>
        <p className="max-w-prose text-sm text-muted">
          Footnote drafted these questions from the article; each cites the passage that states its fact. Accept one to
          add it to the set as it is, edit it first, or reject it. Nothing is added until you accept.
        </p>
      </header>
      {done && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200">
          {done}{" "}
          <TextLink href={routes.editSet(set.id, { article: shown?.id }, "questions-heading")}>
            See the set&apos;s questions
          </TextLink>
        </p>
      )}
      {notice && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200">
          {notice}
        </p>
      )}

      {!shown || !counts ? (
        <p className={box}>
          This set draws on no article yet, so there is nothing to draft from.{" "}
          <TextLink href={routes.editSet(set.id, {}, "details-heading")}>
            Choose its articles in the set editor
          </TextLink>
          .
        </p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
          <DraftArticlePane setId={set.id} articles={view.articles} shown={shown} />

          <section aria-labelledby="drafts-heading" className="min-w-0 space-y-4">
            <h2 id="drafts-heading" className="scroll-mt-4 text-xl font-semibold">
              Drafts ({drafts.length})
            </h2>
            {counts.drafted > 0 && (
              <p className="text-sm text-muted">
                {counts.drafted} drafted from this article · {counts.accepted} accepted · {counts.rejected} rejected
                {counts.asked > 0 && ` · ${counts.asked} the set already asks`}
                {drafts.length > 1 && ". The facts the article repeats come first"}.
              </p>
            )}
            {drafts.length > 0 ? (
              <>
                <DraftList setId={set.id} article={article} shown={showing} drafts={drafts.slice(0, showing)} />
                {drafts.length > showing && (
                  <p>
                    <TextLink
                      href={routes.setDrafts(set.id, { article, shown: showing + DRAFTS_PAGE }, `draft-${showing + 1}`)}
                    >
                      Show more drafts ({drafts.length - showing} more)
                    </TextLink>
                  </p>
                )}
              </>
            ) : counts.drafted > 0 ? (
              <p className={box}>
                Every draft of this article is decided: {counts.accepted} accepted, {counts.rejected} rejected
                {counts.asked > 0 && `, ${counts.asked} already asked by the set`}.{" "}
                <TextLink href={routes.editSet(set.id, { article }, "publish-heading")}>
                  Review the questions and publish the set
                </TextLink>
                .
              </p>
            ) : shown.words < SHORT_ARTICLE ? (
              <p className={box}>
                Nothing to draft: this article is short ({shown.words} {shown.words === 1 ? "word" : "words"}). Drafts
                come from sentences that state a fact (a name, a place, a date, a number or a quotation); add more of
                the text to the article, or write questions yourself in the set editor.
              </p>
            ) : (
              <p className={box}>
                Nothing to draft: Footnote found no sentence in this article that states a fact it can ask about (a name
                of a person, place or organisation, a date, a number or amount, or a quotation). Write questions
                yourself in the set editor.
              </p>
            )}
            <RejectedDrafts setId={set.id} article={article} drafts={view.rejected} />
          </section>
        </div>
      )}
    </div>
  );
}
