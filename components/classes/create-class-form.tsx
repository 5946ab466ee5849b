"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert, SubmitButton } from "@/components/ui/form-parts";
import { createClassAction } from "@/lib/classes/actions";

export function CreateClassForm() {
  const [state, action] = useActionState(createClassAction, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormAlert state={state} />
      <Field
        name="name"
        label="Class name"
        hint="For example: Period 3 Civics"
        defaultValue={state.values?.name}
        error={state.errors?.name}
      />
      <SubmitButton>Create class</SubmitButton>
    </form>
  );
}
