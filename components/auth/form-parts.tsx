"use client";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/auth/form-state";

export function SubmitButton({ children, tone = "primary" }: { children: ReactNode; tone?: "primary" | "danger" }) {
  const { pending } = useFormStatus();
  const colors = tone === "danger" ? "bg-red-700 text-white" : "bg-[var(--color-accent)] text-white dark:text-black";
  return (
    <button type="submit" disabled={pending} className={`rounded-lg px-4 py-2 font-semibold disabled:opacity-60 ${colors}`}>
      {pending ? "Working…" : children}
    </button>
  );
}

/** The form-wide error or success message, announced when it appears. */
export function FormAlert({ state }: { state: FormState }) {
  if (state.errors?.form) return <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200">{state.errors.form}</p>;
  if (state.message) return <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200">{state.message}</p>;
  return null;
}
