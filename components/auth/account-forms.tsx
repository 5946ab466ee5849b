"use client";
import { useActionState } from "react";
import { changePasswordAction, deleteAccountAction, updateProfileAction } from "@/lib/auth/actions";
import { Field } from "../ui/field";
import { FormAlert, SubmitButton } from "../ui/form-parts";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <Field
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={state.errors?.currentPassword}
      />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        error={state.errors?.newPassword}
      />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccountAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <Field name="confirm" label="Type delete to confirm" autoComplete="off" error={state.errors?.confirm} />
      <SubmitButton tone="danger">Delete my account and all my data</SubmitButton>
    </form>
  );
}

export function ProfileForm({ name, role }: { name: string; role: "STUDENT" | "TEACHER" }) {
  const [state, action] = useActionState(updateProfileAction, {});
  const current = state.values?.role ?? role;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert state={state} />
      <Field
        name="name"
        label="Name"
        autoComplete="name"
        defaultValue={state.values?.name ?? name}
        error={state.errors?.name}
      />
      <fieldset>
        <legend className="font-medium">I am a</legend>
        <div className="mt-1 flex gap-4">
          {[
            ["STUDENT", "Student"],
            ["TEACHER", "Teacher"],
          ].map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="role" value={value} defaultChecked={current === value} className="size-4" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton>Save profile</SubmitButton>
    </form>
  );
}
