"use client";
// A form's submit button that says it is working while the form is on its way, so a slow answer or save
// never looks like a click that did nothing. Without JavaScript it is a plain submit button. On a page
// without React in the browser (the study and practice pages), public/plain-page.js reads data-pending-label instead.
import type { ButtonHTMLAttributes, ReactNode } from "react";
import { useFormStatus } from "react-dom";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & { pendingLabel?: ReactNode };

/**
 * Whether the submit button named `name` with `value` is the one whose press is on its way, from its form's
 * useFormStatus(): any button of a form that is pending when it has no name, else the one the form's data names.
 */
export function pressedIn(status: ReturnType<typeof useFormStatus>, name?: string, value?: unknown): boolean {
  return status.pending && (name === undefined || status.data?.get(name) === String(value ?? ""));
}

export function PendingButton({ children, pendingLabel = "Working…", className = "", disabled, ...rest }: Props) {
  const status = useFormStatus();
  const { pending } = status;
  // A form of many buttons: only the one pressed, named in the form's data, says so.
  const pressed = pressedIn(status, rest.name, rest.value);
  return (
    <button
      type="submit"
      disabled={disabled || pending}
      data-pending-label={typeof pendingLabel === "string" ? pendingLabel : undefined}
      className={`${className} disabled:opacity-60`}
      {...rest}
    >
      {pressed ? pendingLabel : children}
    </button>
  );
}
