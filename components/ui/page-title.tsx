import type { ReactNode } from "react";

/** A page's one h1, in the serif title style; `className` adds to it (e.g. `tracking-tight`). */
export function PageTitle({ children, id, className }: { children: ReactNode; id?: string; className?: string }) {
  return (
    <h1
      id={id}
      className={className ? `font-serif text-3xl font-semibold ${className}` : "font-serif text-3xl font-semibold"}
    >
      {children}
    </h1>
  );
}
