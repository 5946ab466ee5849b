// The drafts page's list: each drafted question with its type, prompt, choices (the correct one marked in
// words, not only by colour), answers, explanation and its evidence (the quote marked in its passage, with the
// passage's number), and buttons to accept, edit or reject it. One plain form holds every draft's buttons, each
// naming its draft by its value; it works without JavaScript.
import { PendingButton } from "@/components/ui/pending-button";
import { TYPE_LABELS } from "@/lib/authoring/question-form";
import { draftDecisionAction } from "@/lib/drafts/draft-actions";
import type { ShownDraft } from "@/lib/drafts/set-drafts";
import type { EntityKind } from "@/lib/drafts/types";
import { routes } from "@/lib/routes";

const KIND_LABELS: Record<EntityKind, string> = {
  person: "a person",
  place: "a place",
  organisation: "an organisation",
  date: "a date",
  year: "a year",
  number: "a number",
  amount: "an amount",
  quotation: "a quotation",
};

/** Characters of the passage shown on each side of the quote. */
const CONTEXT = 90;

function Evidence({ draft }: { draft: ShownDraft }) {
  const { passageText: text, citation } = draft;
  const fits = text.slice(citation.start, citation.end) === citation.quote;
  const from = Math.max(0, citation.start - CONTEXT);
  const to = Math.min(text.length, citation.end + CONTEXT);
  return (
    <p className="quote">
      <a href={`#passage-${draft.passageNumber}`} className="font-medium text-accent underline underline-offset-2">
        ¶{draft.passageNumber}
      </a>
      {": "}
      {fits ? (
        <>
          {from > 0 && "…"}
          {text.slice(from, citation.start)}
          <mark className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">{citation.quote}</mark>
          {text.slice(citation.end, to)}
          {to < text.length && "…"}
        </>
      ) : (
        <q>{citation.quote}</q>
      )}
    </p>
  );
}

function Answers({ draft }: { draft: ShownDraft }) {
  if (draft.type === "multiple-choice")
    return (
      <ul className="choices">
        {draft.choices.map((choice, i) => (
          <li key={i} data-correct={choice === draft.answers[0] ? "true" : undefined}>
            {choice}
            {choice === draft.answers[0] && <strong> (correct)</strong>}
          </li>
        ))}
      </ul>
    );
  const [first, ...others] = draft.answers;
  return (
    <p className="text-sm">
      {draft.type === "true-false" ? "The statement is " : "Answer: "}
      <strong>{first}</strong>
      {others.length > 0 && <span className="text-muted"> (also accepted: {others.join(", ")})</span>}
    </p>
  );
}

type Props = {
  setId: string;
  article: string;
  /** How many drafts are shown (the page's "show more" count), kept through a decision. */
  shown: number;
  drafts: ShownDraft[];
};

export function DraftList({ setId, article, shown, drafts }: Props) {
  return (
    <form action={draftDecisionAction}>
      <input type="hidden" name="setId" value={setId} />
      <input type="hidden" name="article" value={article} />
      <input type="hidden" name="shown" value={shown} />
      <ol className="question-rows draft-rows">
        {drafts.map((d, index) => {
          const label = ` draft ${index + 1}`;
          return (
            <li key={d.id} id={`draft-${index + 1}`}>
              <p className="text-sm text-muted">
                {index + 1}. {TYPE_LABELS[d.type]} · asks for {KIND_LABELS[d.kind] ?? d.kind}
              </p>
              <p className="font-medium">{d.prompt}</p>
              <Answers draft={d} />
              <Evidence draft={d} />
              {d.explanation && <p className="text-sm text-muted">Explanation: {d.explanation}</p>}
              <p className="actions">
                <PendingButton name="accept" value={d.id} pendingLabel="Accepting…" className="accept">
                  Accept<span className="sr-only">{label}</span>
                </PendingButton>
                {/* A plain link: twenty next/link's would each prefetch the editor. */}
                <a href={routes.editSet(setId, { draft: d.id }, "question-form")}>
                  Edit<span className="sr-only">{label}</span>
                </a>
                <PendingButton name="reject" value={d.id} pendingLabel="Rejecting…">
                  Reject<span className="sr-only">{label}</span>
                </PendingButton>
              </p>
            </li>
          );
        })}
      </ol>
    </form>
  );
}

/** The article's rejected drafts, each with a button to offer it again. */
export function RejectedDrafts({ setId, article, drafts }: { setId: string; article: string; drafts: ShownDraft[] }) {
  if (drafts.length === 0) return null;
  return (
    <details className="rounded-lg border border-black/10 p-3 dark:border-white/15">
      <summary className="cursor-pointer font-medium">Rejected drafts ({drafts.length})</summary>
      <form action={draftDecisionAction} className="mt-3">
        <input type="hidden" name="setId" value={setId} />
        <input type="hidden" name="article" value={article} />
        <ul className="space-y-2">
          {drafts.map((d, index) => (
            <li key={d.id} className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
              <span className="min-w-0 [overflow-wrap:anywhere]">{d.prompt}</span>
              <PendingButton
                name="undo"
                value={d.id}
                pendingLabel="Working…"
                className="rounded-lg border border-black/20 px-2 py-1 font-medium dark:border-white/25"
              >
                Offer again<span className="sr-only">{` rejected draft ${index + 1}`}</span>
              </PendingButton>
            </li>
          ))}
        </ul>
      </form>
    </details>
  );
}
