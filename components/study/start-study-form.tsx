import { startStudyAction } from "@/lib/study/actions";
import { PendingButton } from "@/components/pending-button";

/** Starts studying a set; for a visitor this also starts their guest session. */
export function StartStudyForm({ setId, label }: { setId: string; label: string }) {
  return (
    <form action={startStudyAction}>
      <input type="hidden" name="setId" value={setId} />
      <PendingButton pendingLabel="Starting…" className="rounded-lg bg-[var(--color-accent)] px-4 py-2 font-semibold text-white dark:text-black">
        {label}
      </PendingButton>
    </form>
  );
}
