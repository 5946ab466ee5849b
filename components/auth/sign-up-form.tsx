"use client";
import { useActionState } from "react";
import { signUpAction } from "@/lib/auth/actions";
import { BrowserTimeZoneInput } from "@/components/browser-time-zone-input";
import { Field } from "../ui/field";
import { FormAlert, SubmitButton } from "../ui/form-parts";
import { TextLink } from "@/components/ui/text-link";
import { routes } from "@/lib/routes";

export function SignUpForm({ next, isGuest }: { next: string; isGuest: boolean }) {
  const [state, action] = useActionState(signUpAction, {});
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <BrowserTimeZoneInput />
      <FormAlert state={state} />
      {isGuest && (
        <p className="rounded-lg bg-accent/10 p-3">
          Everything you have studied as a guest stays with your new account.
        </p>
      )}
      <Field name="name" label="Name" autoComplete="name" defaultValue={v.name} error={state.errors?.name} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={v.email}
        error={state.errors?.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        error={state.errors?.password}
      />
      <fieldset aria-describedby={state.errors?.role ? "role-error" : undefined}>
        <legend className="font-medium">I am a</legend>
        <div className="mt-1 flex gap-4">
          {[
            ["STUDENT", "Student"],
            ["TEACHER", "Teacher"],
          ].map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="role"
                value={value}
                defaultChecked={(v.role || "STUDENT") === value}
                className="size-4"
              />
              {label}
            </label>
          ))}
        </div>
        {state.errors?.role && (
          <p id="role-error" className="text-sm text-red-700 dark:text-red-300">
            {state.errors.role}
          </p>
        )}
      </fieldset>
      <SubmitButton>Create account</SubmitButton>
      <p className="text-sm">
        Already have an account? <TextLink href={routes.signIn({ next })}>Sign in</TextLink>
      </p>
    </form>
  );
}
