"use client";
// A set's title, description and the articles it draws on: the new-set page, and "Set details" in the editor.
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { CONTROL_CLASS } from "@/components/ui/field-frame";
import { FormAlert, SubmitButton } from "@/components/ui/form-parts";
import { createSetAction, updateSetAction } from "@/lib/authoring/set-actions";

type Props = {
  setId?: string;
  articles: { id: string; title: string; outlet: string | null; own: boolean }[];
  values?: { title: string; description: string; articleIds: string[] };
};

export function SetForm({ setId, articles, values }: Props) {
  const [state, action] = useActionState(setId ? updateSetAction : createSetAction, {});
  const errors = state.errors ?? {};
  const chosen = new Set(state.values ? state.values.articleIds.split("\n") : (values?.articleIds ?? []));
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert state={state} />
      {setId && <input type="hidden" name="setId" value={setId} />}
      <Field name="title" label="Title" error={errors.title} defaultValue={state.values?.title ?? values?.title} />
      <div className="space-y-1">
        <label htmlFor="description" className="block font-medium">
          Description (optional)
        </label>
        <textarea
          id="description"
          name="description"
          rows={2}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? "description-error" : undefined}
          defaultValue={state.values?.description ?? values?.description}
          className={`${CONTROL_CLASS} bg-transparent`}
        />
        {errors.description && (
          <p id="description-error" className="text-sm text-red-700 dark:text-red-300">
            {errors.description}
          </p>
        )}
      </div>
      <fieldset className="space-y-2" aria-describedby={errors.articleIds ? "articleIds-error" : "articleIds-hint"}>
        <legend className="font-medium">Articles it draws on</legend>
        <p id="articleIds-hint" className="text-sm text-muted">
          Your own articles and the library&apos;s. Questions cite passages of these.
        </p>
        {articles.length === 0 && <p>There are no articles yet: add one first.</p>}
        <ul className="max-h-64 space-y-1 overflow-y-auto">
          {articles.map((a) => (
            <li key={a.id}>
              <label className="flex gap-2">
                <input
                  type="checkbox"
                  name="articleIds"
                  value={a.id}
                  defaultChecked={chosen.has(a.id)}
                  className="mt-1"
                />
                <span>
                  {a.title}
                  <span className="text-sm text-muted">
                    {" "}
                    {a.own ? "· yours" : "· library"}
                    {a.outlet ? ` · ${a.outlet}` : ""}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {errors.articleIds && (
          <p id="articleIds-error" className="text-sm text-red-700 dark:text-red-300">
            {errors.articleIds}
          </p>
        )}
      </fieldset>
      <SubmitButton>{setId ? "Save details" : "Create set"}</SubmitButton>
    </form>
  );
}
