/** A labelled input whose error, when there is one, is tied to it for screen readers. */
export function Field({
  name, label, type = "text", error, defaultValue, autoComplete, hint,
}: { name: string; label: string; type?: string; error?: string; defaultValue?: string; autoComplete?: string; hint?: string }) {
  const described = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-medium">{label}</label>
      {hint && <p id={`${name}-hint`} className="text-sm text-[var(--color-muted)]">{hint}</p>}
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className="w-full rounded-lg border border-black/25 bg-transparent px-3 py-2 aria-[invalid]:border-red-700 dark:border-white/30"
      />
      {error && <p id={`${name}-error`} className="text-sm text-red-700 dark:text-red-300">{error}</p>}
    </div>
  );
}
