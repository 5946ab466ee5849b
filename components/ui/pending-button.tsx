"use client";
// A form's submit button that says it is working while the form is on its way, so a slow answer or save
// never looks like a click that did nothing. Without JavaScript it is a plain submit button. On a page
// without React in the browser (the study and practice pages), public/plain-page.js reads data-pending-label instead.
import type { ButtonHTMLAttributes, ReactNode } from "react";
import { useFormStatus } from "react-dom";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & { pendingLabel?: ReactNode };

export function PendingButton({ children, pendingLabel = "Working…", className = "", disabled, ...rest }: Props) {
  const { pending, data } = useFormStatus();
  // A form of many buttons (the set editor's question list): only the one pressed, named in the form's data, says so.
  const pressed = pending && (rest.name === undefined || data?.get(rest.name) === String(rest.value ?? ""));
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
