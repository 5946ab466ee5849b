/** A labelled <select> whose error and hint, when there are any, are tied to it for screen readers. */
export function SelectField({
  name, label, options, defaultValue, error, hint,
}: { name: string; label: string; options: { value: string; label: string }[]; defaultValue?: string; error?: string; hint?: string }) {
  const described = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-medium">{label}</label>
      {hint && <p id={`${name}-hint`} className="text-sm text-[var(--color-muted)]">{hint}</p>}
      <select
        id={name}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className="w-full rounded-lg border border-black/25 bg-[var(--color-paper)] px-3 py-2 aria-[invalid]:border-red-700 dark:border-white/30"
      >
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error && <p id={`${name}-error`} className="text-sm text-red-700 dark:text-red-300">{error}</p>}
    </div>
  );
}
