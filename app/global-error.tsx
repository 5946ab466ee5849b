"use client";
// When even the page's frame (the root layout) fails, this replaces the whole document: never a blank
// screen, always a way to try again or start over.
import { ErrorNotice } from "@/components/error-notice";
import "./globals.css";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Footnote</title>
      </head>
      <body className="min-h-dvh antialiased">
        <main className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
          <ErrorNotice reset={reset} />
        </main>
      </body>
    </html>
  );
}
