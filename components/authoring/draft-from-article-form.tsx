// "Draft questions from this article": a plain form (it works without JavaScript) that makes a new draft set
// on the article and opens its drafts page.
import { PendingButton } from "@/components/ui/pending-button";
import { startDraftSetAction } from "@/lib/drafts/draft-actions";

export function DraftFromArticleForm({ articleId }: { articleId: string }) {
  return (
    <form action={startDraftSetAction} className="inline">
      <input type="hidden" name="articleId" value={articleId} />
      <PendingButton
        pendingLabel="Drafting…"
        className="rounded-lg border border-black/20 px-3 py-1 text-sm font-medium dark:border-white/25"
      >
        Draft questions from this article
      </PendingButton>
    </form>
  );
}
