"use client";
import { useActionState } from "react";
import { FormAlert, SubmitButton } from "@/components/ui/form-parts";
import { updateArticleDetailsAction } from "@/lib/authoring/article-actions";
import { ArticleDetailFields } from "./article-detail-fields";

/** Changes an article's title, author or outlet, date, source address and note. */
export function ArticleDetailsForm({
  articleId,
  details,
}: {
  articleId: string;
  details: Record<string, string | null>;
}) {
  const [state, action] = useActionState(updateArticleDetailsAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <FormAlert state={state} />
      <ArticleDetailFields values={state.values ?? details} errors={state.errors} />
      <SubmitButton>Save details</SubmitButton>
    </form>
  );
}
