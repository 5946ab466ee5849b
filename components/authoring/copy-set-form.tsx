import { PendingButton } from "@/components/ui/pending-button";
import { copySetAction } from "@/lib/authoring/copy-action";

/** "Copy to my sets": a plain form (it works before JavaScript loads); `title` names the set for screen readers. */
export function CopySetForm({ setId, title }: { setId: string; title?: string }) {
  return (
    <form action={copySetAction}>
      <input type="hidden" name="setId" value={setId} />
      <PendingButton
        pendingLabel="Copying…"
        className="rounded-lg border border-black/20 px-3 py-1.5 text-sm font-medium dark:border-white/25"
      >
        Copy to my sets{title && <span className="sr-only">: {title}</span>}
      </PendingButton>
    </form>
  );
}
