// What every page has around its content: the skip link, the loading status, the header and <main>.
// Shared by the App Router's root layout and the study page (Pages Router).
import type { ReactNode } from "react";

export function SiteFrame({ status, header, children }: { status: ReactNode; header: ReactNode; children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-paper focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      {status}
      {header}
      <main id="main" className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
