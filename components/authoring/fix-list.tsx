// At the top of the set editor: the questions hidden from study until their teacher fixes a citation (one to
// check after an article edit, with the place found and an Accept button; one no longer found; or none, which
// "needs a source" and gets Find the evidence).
import Link from "next/link";
import { PendingButton } from "@/components/ui/pending-button";
import { acceptCandidateAction } from "@/lib/authoring/set-actions";
import type { SetEditorView } from "@/lib/authoring/set-editor";
import type { EvidenceProposal } from "@/lib/drafts/evidence-proposals";
import { routes } from "@/lib/routes";
import { FindEvidence } from "./find-evidence";

type Props = {
  setId: string;
  article?: string;
  fixes: SetEditorView["fixes"];
  /** Proposals by question id for questions citing nothing (lib/drafts/evidence-proposals.ts). */
  evidence?: Record<string, EvidenceProposal[]>;
};

export function FixList({ setId, article, fixes, evidence = {} }: Props) {
  if (fixes.length === 0) return null;
  return (
    <section
      aria-labelledby="fixes-heading"
      className="space-y-3 rounded-lg border border-amber-600/60 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <h2 id="fixes-heading" className="text-lg font-semibold">
        Citations to fix ({fixes.length}): hidden from study until fixed
      </h2>
      <ul className="space-y-3">
        {fixes.map((q) => (
          <li key={q.id} className="space-y-1">
            <p>
              <strong>Question {q.number}:</strong> <span className="break-words">{q.question.prompt}</span>
            </p>
            {q.citations.length === 0 && <p className="text-sm font-medium">Needs a source: it cites nothing.</p>}
            {q.citations.length === 0 && evidence[q.id] && (
              <FindEvidence
                setId={setId}
                article={article}
                questionId={q.id}
                number={q.number}
                proposals={evidence[q.id]}
              />
            )}
            {q.citations
              .filter((c) => c.status === "CHECK" || c.status === "ORPHANED")
              .map((c) => (
                <div key={c.id} className="space-y-1 text-sm">
                  <p className="break-words">
                    {c.status === "CHECK" ? "Check this citation:" : "Not found after the article's edit:"}{" "}
                    <q>{c.quote}</q>
                  </p>
                  {c.status === "CHECK" && c.candidate && (
                    <form action={acceptCandidateAction} className="flex flex-wrap items-center gap-2">
                      <input type="hidden" name="setId" value={setId} />
                      <input type="hidden" name="citationId" value={c.id} />
                      {article && <input type="hidden" name="article" value={article} />}
                      <span className="break-words">
                        Found instead, in ¶{c.candidate.passageNumber}: <q>{c.candidate.inContext}</q>
                      </span>
                      <PendingButton
                        className="rounded-lg border border-current px-2 py-0.5 font-medium"
                        pendingLabel="Accepting…"
                      >
                        Accept<span className="sr-only"> the place found for question {q.number}</span>
                      </PendingButton>
                    </form>
                  )}
                </div>
              ))}
            <Link
              href={routes.editSet(setId, { edit: q.id }, "question-form")}
              className="text-sm underline underline-offset-2"
            >
              Re-cite or change question {q.number}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
