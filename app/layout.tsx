import type { Metadata, Viewport } from "next";
import { Suspense, type ReactNode } from "react";
import { NavigationStatus } from "@/components/navigation-status";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Footnote", template: "%s · Footnote" },
  description: "Study real sources: every answer links back to the passage it came from.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-[var(--color-paper)] focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <Suspense fallback={null}>
          <NavigationStatus />
        </Suspense>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
