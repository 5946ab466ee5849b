"use client";
import { useActionState } from "react";
import { BrowserTimeZoneInput } from "@/components/browser-time-zone-input";
import { signInAction } from "@/lib/auth/actions";
import { Field } from "../ui/field";
import { FormAlert, SubmitButton } from "../ui/form-parts";
import { TextLink } from "@/components/ui/text-link";
import { routes } from "@/lib/routes";

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <BrowserTimeZoneInput />
      <FormAlert state={state} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={state.errors?.password}
      />
      <SubmitButton>Sign in</SubmitButton>
      <p className="text-sm">
        New here? <TextLink href={routes.signUp({ next })}>Create an account</TextLink>
      </p>
    </form>
  );
}
