import { BrowserTimeZoneInput } from "@/components/browser-time-zone-input";
import { PendingButton } from "@/components/ui/pending-button";

type Props = { setId: string; label: string; action: string | ((form: FormData) => Promise<void>) };

/** Starts studying a set; for a visitor this also starts their guest session, in their browser's time zone. */
export function StartStudyForm({ setId, label, action }: Props) {
  return (
    <form action={action} method={typeof action === "string" ? "post" : undefined}>
      <input type="hidden" name="setId" value={setId} />
      <BrowserTimeZoneInput />
      <PendingButton
        pendingLabel="Starting…"
        className="rounded-lg bg-accent px-4 py-2 font-semibold text-white dark:text-black"
      >
        {label}
      </PendingButton>
    </form>
  );
}
