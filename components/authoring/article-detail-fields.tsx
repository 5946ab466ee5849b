import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/forms/form-state";

/** The fields of an article's details, filled from `values` (kept after a refusal, or the article's own). */
export function ArticleDetailFields({
  values,
  errors,
}: {
  values: Record<string, string | null | undefined>;
  errors: FormState["errors"];
}) {
  const value = (name: string) => values[name] ?? undefined;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field name="title" label="Title" defaultValue={value("title")} error={errors?.title} />
      </div>
      <Field
        name="outlet"
        label="Author or outlet"
        hint="Optional, e.g. CNN"
        defaultValue={value("outlet")}
        error={errors?.outlet}
      />
      <Field
        name="publishedOn"
        label="Date"
        hint="Optional, as you want it shown, e.g. 2 April 2024"
        defaultValue={value("publishedOn")}
        error={errors?.publishedOn}
      />
      <Field
        name="sourceUrl"
        label="Source address"
        type="url"
        hint="Optional: where the article was published"
        defaultValue={value("sourceUrl")}
        error={errors?.sourceUrl}
      />
      <Field
        name="translationNote"
        label="Note"
        hint="Optional, e.g. Machine translation from Dutch"
        defaultValue={value("translationNote")}
        error={errors?.translationNote}
      />
    </div>
  );
}
