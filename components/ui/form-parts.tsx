"use client";
import { useEffect, useRef, type ReactNode } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { PendingButton } from "@/components/ui/pending-button";

export function SubmitButton({ children, tone = "primary" }: { children: ReactNode; tone?: "primary" | "danger" }) {
  const colors = tone === "danger" ? "bg-red-700 text-white" : "bg-accent text-white dark:text-black";
  return <PendingButton className={`rounded-lg px-4 py-2 font-semibold ${colors}`}>{children}</PendingButton>;
}

/**
 * The form-wide error or success message, announced when it appears. When the server refuses some fields,
 * focus moves to the first of them, whose error is tied to it, so a keyboard or screen-reader user lands
 * where the fix is needed.
 */
export function FormAlert({ state }: { state: FormState }) {
  const anchor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state.errors) return;
    const form = anchor.current?.closest("form");
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby] input');
    field?.focus();
  }, [state]);
  const message = state.errors?.form ? (
    <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200">
      {state.errors.form}
    </p>
  ) : state.message ? (
    <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200">
      {state.message}
    </p>
  ) : null;
  return <div ref={anchor}>{message}</div>;
}
