"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert, SubmitButton } from "@/components/ui/form-parts";
import { createArticleFromAddressAction } from "@/lib/authoring/article-actions";

/** Adds an article from a web address, fetched by the server. */
export function AddressArticleForm() {
  const [state, action] = useActionState(createArticleFromAddressAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <Field
        name="address"
        type="url"
        label="Web address"
        hint="The page is fetched once and kept as plain text, without its menus and adverts. At most 20 an hour."
        defaultValue={state.values?.address}
        error={state.errors?.address}
      />
      <SubmitButton>Fetch and add</SubmitButton>
    </form>
  );
}
