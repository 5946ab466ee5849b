"use client";
import { useActionState } from "react";
import { FormAlert, SubmitButton } from "@/components/ui/form-parts";
import { replaceArticleTextAction } from "@/lib/authoring/article-actions";
import { TextAreaField } from "./text-area-field";

/** The whole text of an article, passages separated by blank lines; saving re-anchors every citation into it. */
export function ArticleTextForm({ articleId, text }: { articleId: string; text: string }) {
  const [state, action] = useActionState(replaceArticleTextAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <FormAlert state={state} />
      <TextAreaField
        name="text"
        label="Text"
        hint="A blank line separates passages: add one to split a passage, remove one to join two. Passages you leave unchanged keep their place for the questions that cite them."
        defaultValue={state.values?.text ?? text}
        error={state.errors?.text}
        rows={18}
      />
      <SubmitButton>Save text</SubmitButton>
    </form>
  );
}
