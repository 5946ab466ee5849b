import type { ExportMenuEntry } from "@/lib/interchange/export-menu";

/**
 * The set page's Export list: one plain download link per format with its one-line description, and what the
 * format leaves out of this set where that is known. `title`: the set's, for screen readers' link names.
 */
export function ExportSection({ entries, title }: { entries: ExportMenuEntry[]; title: string }) {
  return (
    <section aria-labelledby="export-heading" className="space-y-3">
      <h2 id="export-heading" className="text-xl font-semibold">
        Export
      </h2>
      <p className="text-sm text-muted">Take the set to another tool: download it in that tool’s format.</p>
      <ul className="space-y-3">
        {entries.map((e) => (
          <li key={e.format} className="min-w-0">
            <a href={e.href} download className="font-medium break-words text-accent underline underline-offset-2">
              {e.label}
              <span className="sr-only"> of {title}</span>
            </a>
            <p className="text-sm text-muted">{e.description}</p>
            {e.note && <p className="text-sm font-medium text-amber-800 dark:text-amber-300">{e.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
