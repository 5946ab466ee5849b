"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert, SubmitButton } from "@/components/ui/form-parts";
import { joinClassAction } from "@/lib/classes/actions";

export function JoinClassForm({ code, hideField }: { code?: string; hideField?: boolean }) {
  const [state, action] = useActionState(joinClassAction, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormAlert state={state} />
      {hideField ? (
        <>
          <input type="hidden" name="code" value={code} />
          {state.errors?.code && (
            <p role="alert" className="text-red-700 dark:text-red-300">
              {state.errors.code}
            </p>
          )}
        </>
      ) : (
        <Field
          name="code"
          label="Class code"
          hint="Six letters and digits, e.g. KMN-PQ3"
          autoComplete="off"
          defaultValue={state.values?.code ?? code}
          error={state.errors?.code}
        />
      )}
      <SubmitButton>Join class</SubmitButton>
    </form>
  );
}
