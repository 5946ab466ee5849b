import type { ReactNode } from "react";

/** The words around a form control: its label, an optional hint above it and an optional error below it. */
export type FieldText = { name: string; label: string; hint?: string; error?: string };

/** What a control inside a FieldFrame spreads onto itself, so its label, hint and error are read with it. */
export type ControlProps = {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

/** The box every control of a form shares: rounded, bordered, red when the server refused its value. */
export const CONTROL_CLASS =
  "w-full rounded-lg border border-black/25 px-3 py-2 aria-[invalid]:border-red-700 dark:border-white/30";

/**
 * A labelled control whose hint and error, when there are any, are tied to it for screen readers (the
 * control's id is its name, the hint's and the error's ids are `${name}-hint` and `${name}-error`).
 * `children` renders the control from the props that make those ties.
 */
export function FieldFrame({
  name,
  label,
  hint,
  error,
  children,
}: FieldText & { children: (control: ControlProps) => ReactNode }) {
  const described = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children({ id: name, name, "aria-invalid": error ? true : undefined, "aria-describedby": described })}
      {error && (
        <p id={`${name}-error`} className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
