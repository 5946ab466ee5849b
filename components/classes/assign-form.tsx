"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert, SubmitButton } from "@/components/ui/form-parts";
import { assignAction } from "@/lib/classes/actions";
import { routes } from "@/lib/routes";

/** Assigns sets with a due date and time, read in `timeZone` (the teacher's, named beside the fields). */
export function AssignForm({
  classId,
  sets,
  defaultDue,
  timeZone,
}: {
  classId: string;
  sets: { id: string; title: string }[];
  defaultDue: string;
  timeZone: string;
}) {
  const [state, action] = useActionState(assignAction, {});
  const v = state.values ?? {};
  const ticked = new Set((v.setIds ?? "").split("\n"));
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="classId" value={classId} />
      <FormAlert state={state} />
      <fieldset aria-describedby={state.errors?.setIds ? "setIds-error" : undefined}>
        <legend className="font-medium">Sets to assign</legend>
        <div className="mt-2 space-y-1">
          {sets.map((set) => (
            <label key={set.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="setIds"
                value={set.id}
                defaultChecked={ticked.has(set.id)}
                className="size-4"
              />
              {set.title}
            </label>
          ))}
        </div>
        {state.errors?.setIds && (
          <p id="setIds-error" className="text-sm text-red-700 dark:text-red-300">
            {state.errors.setIds}
          </p>
        )}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="due" label="Due date" type="date" defaultValue={v.due ?? defaultDue} error={state.errors?.due} />
        <Field
          name="dueTime"
          label="Due time"
          type="time"
          defaultValue={v.dueTime ?? "23:59"}
          error={state.errors?.dueTime}
        />
      </div>
      <p className="text-sm text-muted">
        In your time zone, {timeZone}; students elsewhere see the same moment in theirs.{" "}
        <a href={routes.account("time-heading")} className="underline underline-offset-2">
          Change your time zone
        </a>
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="goalCoverage"
          label="Questions to answer (%)"
          type="number"
          defaultValue={v.goalCoverage ?? "100"}
          error={state.errors?.goalCoverage}
        />
        <Field
          name="goalAccuracy"
          label="Right on latest answer (%)"
          type="number"
          defaultValue={v.goalAccuracy ?? "80"}
          error={state.errors?.goalAccuracy}
        />
      </div>
      <SubmitButton>Assign</SubmitButton>
    </form>
  );
}
