import { newLimitAction } from "@/lib/study/actions";
import { PendingButton } from "@/components/ui/pending-button";

export function NewLimitForm({
  setId,
  value,
  saved,
  invalid,
}: {
  setId: string;
  value: number;
  saved: boolean;
  invalid: boolean;
}) {
  return (
    <form action={newLimitAction} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="setId" value={setId} />
      <div>
        <label htmlFor="newPerDay" className="block text-sm font-medium">
          New questions per day
        </label>
        <input
          id="newPerDay"
          name="newPerDay"
          type="number"
          min={0}
          max={500}
          defaultValue={value}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "newPerDay-error" : undefined}
          className="w-24 rounded-lg border border-black/25 bg-transparent px-3 py-2 dark:border-white/30"
        />
      </div>
      <PendingButton
        pendingLabel="Saving…"
        className="rounded-lg border border-black/20 px-4 py-2 font-semibold dark:border-white/25"
      >
        Save
      </PendingButton>
      {saved && (
        <p role="status" className="text-sm">
          Saved.
        </p>
      )}
      {invalid && (
        <p id="newPerDay-error" role="alert" className="text-sm text-red-700 dark:text-red-300">
          Enter a whole number from 0 to 500.
        </p>
      )}
    </form>
  );
}
