"use client";
// When even the page's frame (the root layout) fails, this replaces the whole document: never a blank
// screen, always a way to try again or start over.
import Link from "next/link";
import "./globals.css";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Footnote</title>
      </head>
      <body className="min-h-dvh antialiased">
        <main className="mx-auto w-full max-w-3xl space-y-4 px-4 py-8 sm:px-6">
          <h1 className="font-serif text-3xl font-semibold">Something went wrong</h1>
          <p role="alert">Footnote could not show this page. Your answers so far are saved.</p>
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={reset} className="rounded-lg bg-[var(--color-accent)] px-4 py-2 font-semibold text-white dark:text-black">
              Try again
            </button>
            <Link href="/" className="rounded-lg border px-4 py-2 font-semibold">Go to all sets</Link>
          </div>
        </main>
      </body>
    </html>
  );
}
