// "Find the evidence" for one question that cites nothing (issue 18): the passages of the set's articles that
// best support it, each quote shown in its passage's words around it, with a "Cite this" button: a plain form
// post, so one click cites it with or without JavaScript. Plain text only.
import { PendingButton } from "@/components/ui/pending-button";
import type { EvidenceProposal } from "@/lib/drafts/evidence-proposals";
import { citeEvidenceAction } from "@/lib/drafts/evidence-actions";

type Props = {
  setId: string;
  article?: string;
  questionId: string;
  /** The question's number in the set, for the buttons' names. */
  number: number;
  proposals: EvidenceProposal[];
  /** False for a second copy on the page (under the question form): the fix list's copy is the link target. */
  target?: boolean;
};

export const NOTHING_FOUND =
  "No passage of this set's articles mentions the answer; select the evidence in the article and press Cite.";

export function FindEvidence({ setId, article, questionId, number, proposals, target = true }: Props) {
  return (
    <details open id={target ? `evidence-${questionId}` : undefined} className="find-evidence">
      <summary>
        Find the evidence<span className="sr-only"> for question {number}</span>
        {proposals.length > 0 && <span className="text-muted"> ({proposals.length} found)</span>}
      </summary>
      {proposals.length === 0 ? (
        <p className="text-sm">{NOTHING_FOUND}</p>
      ) : (
        <ol aria-label={`Evidence found for question ${number}`}>
          {proposals.map((p, i) => {
            const where = `${p.articleTitle}, ¶${p.passageNumber}`;
            return (
              <li key={`${p.passageId}:${p.start}`}>
                <p className="text-sm font-medium">{where}</p>
                <p className="break-words">
                  <span className="text-muted">{p.before}</span>
                  <mark>{p.quote}</mark>
                  <span className="text-muted">{p.after}</span>
                </p>
                <form action={citeEvidenceAction}>
                  <input type="hidden" name="setId" value={setId} />
                  <input type="hidden" name="questionId" value={questionId} />
                  <input type="hidden" name="passageId" value={p.passageId} />
                  <input type="hidden" name="start" value={p.start} />
                  <input type="hidden" name="end" value={p.end} />
                  <input type="hidden" name="quote" value={p.quote} />
                  {article && <input type="hidden" name="article" value={article} />}
                  <PendingButton pendingLabel="Citing…">
                    Cite this
                    <span className="sr-only">
                      {" "}
                      for question {number}: proposal {i + 1}, {where}
                    </span>
                  </PendingButton>
                </form>
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
