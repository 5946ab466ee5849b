import { PendingButton } from "@/components/ui/pending-button";
import { copySetAction } from "@/lib/authoring/copy-action";

/**
 * "Copy to my sets": a plain form (it works before JavaScript loads). `title` names the set in the button's
 * accessible name, for lists of several sets; the visible words start it, as WCAG's label-in-name asks.
 */
export function CopySetForm({ setId, title }: { setId: string; title?: string }) {
  return (
    <form action={copySetAction}>
      <input type="hidden" name="setId" value={setId} />
      <PendingButton
        pendingLabel="Copying…"
        aria-label={title ? `Copy to my sets: ${title}` : undefined}
        className="rounded-lg border border-black/20 px-3 py-1.5 text-sm font-medium dark:border-white/25"
      >
        Copy to my sets
      </PendingButton>
    </form>
  );
}
