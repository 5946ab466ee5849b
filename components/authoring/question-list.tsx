// The set's questions in order, each a compact row (its prompt, answer and evidence) with a link to edit it in the
// form above and buttons to move or remove it. One plain form holds every row's buttons (each names its question
// by its value), and the rows are styled once in globals.css (.question-rows): a set of 100 questions was 180 KB
// of HTML, and its React payload as much again, when each row had its own form and classes.
import { PendingButton } from "@/components/ui/pending-button";
import { questionListAction } from "@/lib/authoring/set-actions";
import { TYPE_LABELS } from "@/lib/authoring/question-form";
import type { SetEditorView } from "@/lib/authoring/set-editor";
import { routes } from "@/lib/routes";

type Props = { setId: string; article?: string; questions: SetEditorView["questions"]; editing?: string };

export function QuestionList({ setId, article, questions, editing }: Props) {
  if (questions.length === 0)
    return <p className="text-muted">No questions yet. Write the first one above: every question cites the article.</p>;
  return (
    <form action={questionListAction}>
      <input type="hidden" name="setId" value={setId} />
      {article && <input type="hidden" name="article" value={article} />}
      <ol className="question-rows">
        {questions.map((q, index) => {
          const label = ` question ${q.number}`;
          const { type, prompt, answers } = q.question;
          return (
            <li key={q.id} id={`question-${q.id}`} aria-current={editing === q.id ? "true" : undefined}>
              <p className="text-sm text-muted">
                {q.number}. {TYPE_LABELS[type]}
                {q.held && <span className="held">hidden from study</span>}
              </p>
              <p className="font-medium">{prompt}</p>
              <p className="text-sm">
                Answer: <strong>{answers[0]}</strong>
                {answers.length > 1 && <span className="text-muted"> (also {answers.slice(1).join(", ")})</span>}
              </p>
              {q.citations.map((c) => (
                <p key={c.id} className="quote">
                  <q>{c.quote}</q>{" "}
                  <span className="text-muted">
                    — {c.articleTitle}, ¶{c.passageNumber}
                  </span>
                </p>
              ))}
              {/* A plain link: a hundred next/link's would each be hydrated, and prefetch as they scroll by. */}
              <p className="actions">
                <a href={routes.editSet(setId, { article, edit: q.id }, "question-form")}>
                  Edit<span className="sr-only">{label}</span>
                </a>
                <PendingButton name="up" value={q.id} disabled={index === 0} pendingLabel="Moving…">
                  Move up<span className="sr-only">{label}</span>
                </PendingButton>
                <PendingButton
                  name="down"
                  value={q.id}
                  disabled={index === questions.length - 1}
                  pendingLabel="Moving…"
                >
                  Move down<span className="sr-only">{label}</span>
                </PendingButton>
                <PendingButton name="remove" value={q.id} pendingLabel="Working…">
                  Remove<span className="sr-only">{label}</span>
                </PendingButton>
              </p>
            </li>
          );
        })}
      </ol>
    </form>
  );
}
