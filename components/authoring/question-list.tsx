"use client";
// The set's questions in order, each a compact row (its prompt, answer and evidence) with a link to edit it in the
// form above and buttons to move or remove it. One plain form holds every row's buttons (each names its question
// by its value), and the rows are styled once in globals.css (.question-rows). A client component fed plain rows:
// the page's React payload then carries a row's few strings, not its elements twice over (README, Performance,
// "The set editor sends each thing once"). Works without JavaScript.
import { useFormStatus } from "react-dom";
import { pressedIn } from "@/components/ui/pending-button";
import { questionListAction } from "@/lib/authoring/set-actions";
import { routes } from "@/lib/routes";

/** One question as its row shows it: `type` is its label, `cites` each citation's quote and where it is. */
export type QuestionRow = {
  id: string;
  type: string;
  prompt: string;
  answers: string[];
  held: boolean;
  cites: { quote: string; where: string }[];
};

type Props = { setId: string; article?: string; rows: QuestionRow[]; editing?: string };

export function QuestionList({ setId, article, rows, editing }: Props) {
  if (rows.length === 0)
    return (
      <p className="text-muted">
        No questions yet. Write the first one above and cite the passage that states its answer, or draft questions from
        the article.
      </p>
    );
  return (
    <form action={questionListAction}>
      <input type="hidden" name="setId" value={setId} />
      {article && <input type="hidden" name="article" value={article} />}
      <Rows setId={setId} rows={rows} editing={editing} />
    </form>
  );
}

/**
 * The rows, inside the form. The form's status is read once here, not by a PendingButton on each of the 300
 * buttons (each a component of its own, a measurable share of the page's render): every button is disabled
 * while the form is on its way, and the one pressed says so, as PendingButton does.
 */
// A row's Edit link names no article: the editor then shows the one the question cites.
function Rows({ setId, rows, editing }: Omit<Props, "article">) {
  const status = useFormStatus();
  const button = (name: "up" | "down" | "remove", text: string, id: string, disabled: boolean, label: string) => {
    const pendingLabel = name === "remove" ? "Working…" : "Moving…";
    return (
      <button
        type="submit"
        name={name}
        value={id}
        disabled={disabled || status.pending}
        data-pending-label={pendingLabel}
        className="disabled:opacity-60"
      >
        {pressedIn(status, name, id) ? (
          pendingLabel
        ) : (
          <>
            {text}
            <span className="sr-only">{label}</span>
          </>
        )}
      </button>
    );
  };
  return (
    <ol className="question-rows">
      {rows.map((q, index) => {
        const label = ` question ${index + 1}`;
        return (
          <li key={q.id} id={`question-${q.id}`} aria-current={editing === q.id ? "true" : undefined}>
            <p className="text-sm text-muted">
              {index + 1}. {q.type}
              {q.held && <span className="held">{q.cites.length === 0 ? "Needs a source" : "hidden from study"}</span>}
            </p>
            <p className="font-medium">{q.prompt}</p>
            <p className="text-sm">
              Answer: <strong>{q.answers[0]}</strong>
              {q.answers.length > 1 && <span className="text-muted"> (also {q.answers.slice(1).join(", ")})</span>}
            </p>
            {q.cites.map((c, i) => (
              <p key={i} className="quote">
                <q>{c.quote}</q> <span className="text-muted">— {c.where}</span>
              </p>
            ))}
            {/* A plain link: a hundred next/link's would each prefetch as they scroll by. */}
            <p className="actions">
              <a href={routes.editSet(setId, { edit: q.id }, "question-form")}>
                Edit<span className="sr-only">{label}</span>
              </a>
              {q.cites.length === 0 && (
                <a href={`#evidence-${q.id}`}>
                  Find the evidence<span className="sr-only"> for{label}</span>
                </a>
              )}
              {button("up", "Move up", q.id, index === 0, label)}
              {button("down", "Move down", q.id, index === rows.length - 1, label)}
              {button("remove", "Remove", q.id, false, label)}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
