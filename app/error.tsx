"use client";
// Any page that fails shows this instead of a blank screen, with a way to try again or go back.
import { ErrorNotice } from "@/components/error-notice";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice reset={reset} />;
}
