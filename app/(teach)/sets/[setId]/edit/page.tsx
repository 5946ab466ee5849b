import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ArticlePane } from "@/components/authoring/article-pane";
import { FindEvidence } from "@/components/authoring/find-evidence";
import { FixList } from "@/components/authoring/fix-list";
import { PublishPanel } from "@/components/authoring/publish-panel";
import { QuestionForm } from "@/components/authoring/question-form";
import { QuestionList } from "@/components/authoring/question-list";
import { SetForm } from "@/components/authoring/set-form";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { blockersMessage, VISIBILITIES, VISIBILITY_TEXT } from "@/lib/authoring/publish";
import { isQuestionType, questionFormValues, TYPE_LABELS } from "@/lib/authoring/question-form";
import { setEditor } from "@/lib/authoring/set-editor";
import { availableArticles } from "@/lib/authoring/sets";
import { asCurrentViewer } from "@/lib/classes/as-current-viewer";
import { proposeEvidence } from "@/lib/drafts/evidence-proposals";
import { QUESTION_TYPES } from "@/lib/content/types";
import { draftToEdit } from "@/lib/drafts/decide";
import { noticeText } from "@/lib/errors/notices";
import { toNoticePath } from "@/lib/errors/translate";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ setId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const metadata: Metadata = { title: "Edit set" };

/** Where a citation points, as the editor names it: "Title, ¶3", or the passage's removal after an edit. */
function citationPlace(c: { articleTitle: string; passageNumber: number | null }): string {
  return c.passageNumber === null
    ? `${c.articleTitle}, a passage removed by an edit`
    : `${c.articleTitle}, ¶${c.passageNumber}`;
}

/** A count from the address, or null when it is not a whole number from 0 to 100,000. */
function boundedCount(value: string | undefined): number | null {
  if (!value || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n <= 100_000 ? n : null;
}

/** The notice after an import: how many questions came in, and how many need a source. */
function importedNotice(query: Record<string, string | undefined>): string | null {
  const imported = boundedCount(query.imported);
  const need = boundedCount(query.needSource) ?? 0;
  const skipped = boundedCount(query.skipped) ?? 0;
  if (imported === null) return null;
  const questions = `Imported ${imported} ${imported === 1 ? "question" : "questions"}`;
  const told =
    need === 0
      ? `${questions}, each citing its source.`
      : `${questions}; ${need} ${need === 1 ? "needs" : "need"} a source: use Find the evidence on each.`;
  if (skipped === 0) return told;
  // `skipped` counts the records that did not come in and those that came in short (an image or feedback left
  // out, lib/interchange/types.ts ImportedSet.skipped): the words cover both.
  return `${told} ${skipped} ${skipped === 1 ? "record" : "records"} of the file came in short or not at all: Footnote keeps text only, and not every question type.`;
}

const statusBox = "rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200";

export default async function EditSetPage({ params, searchParams }: Props) {
  const [{ setId }, query] = await Promise.all([params, searchParams]);
  // Issue 18: ?draft= opens the new question's form prefilled from a drafted question, beside its article.
  const drafted = query.draft
    ? await asCurrentViewer(routes.editSet(setId), (viewer) => draftToEdit(viewer, setId, query.draft!))
    : null;
  if (drafted?.refused) redirect(toNoticePath(drafted.refused, routes.setDrafts(setId)));
  const draft = drafted?.draft;
  const [view, articles, evidence] = await asCurrentViewer(routes.editSet(setId), (viewer) =>
    Promise.all([
      setEditor(viewer, setId, draft?.articleId ?? query.article, {
        start: boundedCount(query.passages) ?? undefined,
        question: query.edit,
        passage: draft ? Number(draft.values.citePassage) || undefined : undefined,
      }),
      availableArticles(viewer),
      proposeEvidence(viewer, setId),
    ]),
  );
  const { set, questions } = view;
  // The shown article, carried by the page's links and forms when the set has several (one shows by itself).
  const article = view.articles.length > 1 ? view.shown?.id : undefined;
  const editing = draft ? undefined : questions.find((q) => q.id === query.edit);
  const type = editing?.question.type ?? draft?.type ?? (isQuestionType(query.type) ? query.type : "multiple-choice");
  const published = set.publishedAt !== null;
  const notice = noticeText(query.notice);
  // Flags the editor's own actions set; anything else in the query is not shown.
  const saved =
    query.saved === "1"
      ? "Question saved."
      : query.saved === "reset"
        ? "Question saved. Its new answer starts it afresh for every learner."
        : query.saved === "held"
          ? "Question saved. It is hidden from study until it cites its evidence: see “Citations to fix” above."
          : null;
  // Issue 19: what an import brought (app/api/sets/import's redirect), as bounded numbers; the words are ours.
  const imported = importedNotice(query);
  const done =
    saved ??
    imported ??
    (query.removed === "1"
      ? "Question removed (kept in reports)."
      : query.accepted === "1"
        ? "Citation accepted."
        : query.cited === "1"
          ? "Evidence cited: the question is back in study unless something else holds it."
          : null);

  return (
    <div className="space-y-6 lg:relative lg:left-1/2 lg:w-[min(94vw,80rem)] lg:-translate-x-1/2">
      <header className="space-y-2">
        <TextLink href={routes.set(set.id)} className="text-sm">
          The set as learners see it
        </TextLink>
        <PageTitle>{set.title}</PageTitle>
        <p className="text-sm text-muted">
          {published ? "Published" : "Draft"} · {VISIBILITY_TEXT[set.visibility].label} · {questions.length}{" "}
          {questions.length === 1 ? "question" : "questions"}
        </p>
        {/* Issue 18: the questions Footnote drafts from the set's articles. */}
        <p>
          <TextLink href={routes.setDrafts(set.id, { article })}>Draft questions from the articles</TextLink>
        </p>
      </header>
      {done && (
        <p role="status" className={statusBox}>
          {done}
        </p>
      )}
      {notice && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200">
          {notice}
        </p>
      )}
      <FixList setId={set.id} article={article} fixes={view.fixes} evidence={evidence} />

      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <ArticlePane
          setId={set.id}
          articles={view.articles}
          shown={view.shown}
          keep={{
            edit: editing?.id,
            draft: draft?.draftId,
            type: editing || draft || !isQuestionType(query.type) ? undefined : query.type,
          }}
        />

        <div
          role="region"
          aria-label="Questions and publishing"
          tabIndex={0}
          className="relative min-w-0 space-y-8 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto lg:pr-2"
        >
          <section
            aria-labelledby="question-form-heading"
            className="space-y-3 rounded-lg border border-black/10 p-4 dark:border-white/15"
          >
            {draft && (
              <TextLink href={routes.setDrafts(set.id, { article })} className="text-sm">
                Back to the drafts (this one stays offered until you save it)
              </TextLink>
            )}
            {!editing && !draft && (
              <nav aria-label="Question type">
                <ul className="flex flex-wrap gap-2 text-sm">
                  {QUESTION_TYPES.map((t) => (
                    <li key={t}>
                      <Link
                        href={routes.editSet(set.id, { article, type: t }, "question-form")}
                        aria-current={t === type ? "page" : undefined}
                        className="inline-block rounded-full border border-black/20 px-3 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-paper dark:border-white/25"
                      >
                        {TYPE_LABELS[t]}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            {editing && (
              <TextLink href={routes.editSet(set.id, { article }, "question-form")} className="text-sm">
                Stop editing: write a new question instead
              </TextLink>
            )}
            <QuestionForm
              key={editing?.id ?? draft?.draftId ?? type}
              draft={draft && { id: draft.draftId, values: draft.values }}
              setId={set.id}
              article={article}
              type={type}
              typeLabel={TYPE_LABELS[type]}
              shownArticle={view.shown && { id: view.shown.id, title: view.shown.title, passages: view.shown.total }}
              published={published}
              editing={
                editing && {
                  questionId: editing.id,
                  number: editing.number,
                  values: questionFormValues(editing.question),
                  citations: editing.citations.map((c) => ({
                    id: c.id,
                    quote: c.quote,
                    status: c.status,
                    where: citationPlace(c),
                  })),
                }
              }
            />
            {editing && evidence[editing.id] && (
              <FindEvidence
                setId={set.id}
                article={article}
                questionId={editing.id}
                number={editing.number}
                proposals={evidence[editing.id]}
                target={false}
              />
            )}
          </section>

          <section aria-labelledby="questions-heading" className="space-y-3">
            <h2 id="questions-heading" className="text-xl font-semibold">
              Questions ({questions.length})
            </h2>
            <QuestionList
              setId={set.id}
              article={article}
              editing={editing?.id}
              rows={questions.map((q) => ({
                id: q.id,
                type: TYPE_LABELS[q.question.type],
                prompt: q.question.prompt,
                answers: q.question.answers,
                held: q.held,
                cites: q.citations.map((c) => ({ quote: c.quote, where: citationPlace(c) })),
              }))}
            />
          </section>

          <section aria-labelledby="publish-heading" className="space-y-3">
            <h2 id="publish-heading" className="text-xl font-semibold">
              Publish
            </h2>
            <PublishPanel
              setId={set.id}
              published={published}
              visibility={set.visibility}
              options={VISIBILITIES.map((v) => ({ value: v, ...VISIBILITY_TEXT[v] }))}
              blockers={
                view.publish.questions === 0
                  ? "Write at least one question before you publish the set."
                  : view.publish.blockers.length > 0
                    ? blockersMessage(view.publish.blockers)
                    : null
              }
            />
          </section>

          <section aria-labelledby="details-heading" className="space-y-3">
            <h2 id="details-heading" className="text-xl font-semibold">
              Set details
            </h2>
            <SetForm
              setId={set.id}
              articles={articles}
              values={{
                title: set.title,
                description: set.description,
                articleIds: view.articles.map((a) => a.id),
              }}
            />
          </section>
        </div>
      </div>
    </div>
  );
}
