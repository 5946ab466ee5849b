"use client";
import { useActionState } from "react";
import { FormAlert, SubmitButton } from "@/components/ui/form-parts";
import { createArticleAction } from "@/lib/authoring/article-actions";
import { ArticleDetailFields } from "./article-detail-fields";
import { TextAreaField } from "./text-area-field";

/** Adds an article from pasted text; a refusal keeps every field as typed. */
export function PasteArticleForm() {
  const [state, action] = useActionState(createArticleAction, {});
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <ArticleDetailFields values={v} errors={state.errors} />
      <TextAreaField
        name="text"
        label="The article's text"
        hint="Paste it as plain text. A blank line starts a new passage; you can join and split passages afterwards. At most 200,000 characters."
        defaultValue={v.text}
        error={state.errors?.text}
        rows={14}
      />
      <SubmitButton>Add article</SubmitButton>
    </form>
  );
}
