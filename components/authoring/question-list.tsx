// The set's questions in order, each with its answer, its evidence, and plain forms to edit, move or remove it.
import Link from "next/link";
import { PendingButton } from "@/components/ui/pending-button";
import { questionListAction } from "@/lib/authoring/set-actions";
import { TYPE_LABELS } from "@/lib/authoring/question-form";
import type { SetEditorView } from "@/lib/authoring/set-editor";
import { routes } from "@/lib/routes";

const smallButton = "rounded-lg border border-black/20 px-2 py-1 text-sm font-medium dark:border-white/25";

type Props = { setId: string; article?: string; questions: SetEditorView["questions"]; editing?: string };

export function QuestionList({ setId, article, questions, editing }: Props) {
  if (questions.length === 0)
    return <p className="text-muted">No questions yet. Write the first one above: every question cites the article.</p>;
  return (
    <ol className="space-y-3">
      {questions.map((q, index) => {
        const label = `question ${q.number}`;
        return (
          <li
            key={q.id}
            id={`question-${q.id}`}
            aria-current={editing === q.id ? "true" : undefined}
            className="scroll-mt-4 space-y-2 rounded-lg border border-black/10 p-3 aria-[current=true]:border-accent dark:border-white/15"
          >
            <p className="text-sm text-muted">
              {q.number}. {TYPE_LABELS[q.question.type]}
              {q.held && <span className="ml-2 font-medium text-red-700 dark:text-red-300">hidden from study</span>}
            </p>
            <p className="font-medium break-words">{q.question.prompt}</p>
            {q.question.type === "multiple-choice" && (
              <ul className="list-disc pl-5 text-sm">
                {q.question.choices.map((c) => (
                  <li key={c}>{c === q.question.answers[0] ? <strong>{c} (correct)</strong> : c}</li>
                ))}
              </ul>
            )}
            {q.question.type !== "multiple-choice" && (
              <p className="text-sm break-words">
                Answer: <strong>{q.question.answers[0]}</strong>
                {q.question.answers.length > 1 && (
                  <span className="text-muted"> (also {q.question.answers.slice(1).join(", ")})</span>
                )}
              </p>
            )}
            {q.citations.map((c) => (
              <blockquote key={c.id} className="border-l-4 border-accent/60 pl-3 text-sm break-words">
                <q>{c.quote}</q>{" "}
                <span className="text-muted">
                  — {c.articleTitle}, ¶{c.passageNumber}
                </span>
              </blockquote>
            ))}
            <form action={questionListAction} className="flex flex-wrap gap-2">
              <input type="hidden" name="setId" value={setId} />
              <input type="hidden" name="questionId" value={q.id} />
              {article && <input type="hidden" name="article" value={article} />}
              <Link href={routes.editSet(setId, { article, edit: q.id }, "question-form")} className={smallButton}>
                Edit<span className="sr-only"> {label}</span>
              </Link>
              <PendingButton name="do" value="up" className={smallButton} disabled={index === 0} pendingLabel="Moving…">
                Move up<span className="sr-only"> {label}</span>
              </PendingButton>
              <PendingButton
                name="do"
                value="down"
                className={smallButton}
                disabled={index === questions.length - 1}
                pendingLabel="Moving…"
              >
                Move down<span className="sr-only"> {label}</span>
              </PendingButton>
              <PendingButton
                name="do"
                value="remove"
                className={`${smallButton} text-red-700 dark:text-red-300`}
                pendingLabel="Working…"
              >
                Remove<span className="sr-only"> {label}</span>
              </PendingButton>
            </form>
          </li>
        );
      })}
    </ol>
  );
}
