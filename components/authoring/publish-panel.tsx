"use client";
// The set editor's publish panel: draft or published, who may find the set, and Publish (or, once published,
// saving a new visibility). The server refuses to publish while a question cites nothing or is held, and says which.
import { useActionState } from "react";
import { FormAlert, SubmitButton } from "@/components/ui/form-parts";
import { publishAction } from "@/lib/authoring/set-actions";

type Props = {
  setId: string;
  published: boolean;
  visibility: string;
  options: { value: string; label: string; hint: string }[];
  blockers: string | null;
};

export function PublishPanel({ setId, published, visibility, options, blockers }: Props) {
  const [state, action] = useActionState(publishAction, {});
  const chosen = state.values?.visibility ?? visibility;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="setId" value={setId} />
      <input type="hidden" name="intent" value={published ? "visibility" : "publish"} />
      <p>
        Status: <strong>{published ? "Published" : "Draft"}</strong>
        {!published && <span className="text-muted"> (only you see it until you publish it)</span>}
      </p>
      {!published && blockers && <p className="text-sm text-muted">{blockers}</p>}
      <FormAlert state={state} />
      <fieldset className="space-y-2" aria-describedby={state.errors?.visibility ? "visibility-error" : undefined}>
        <legend className="font-medium">Who may find it</legend>
        {options.map((o) => (
          <label key={o.value} className="flex gap-2">
            <input
              type="radio"
              name="visibility"
              value={o.value}
              defaultChecked={o.value === chosen}
              className="mt-1"
            />
            <span>
              {o.label} <span className="block text-sm text-muted">{o.hint}</span>
            </span>
          </label>
        ))}
        {state.errors?.visibility && (
          <p id="visibility-error" className="text-sm text-red-700 dark:text-red-300">
            {state.errors.visibility}
          </p>
        )}
      </fieldset>
      <SubmitButton>{published ? "Save who may find it" : "Publish"}</SubmitButton>
    </form>
  );
}
