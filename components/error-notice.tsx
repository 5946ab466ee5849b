// What a failed page shows, inside the site's frame (app/error.tsx, pages/500.tsx) or in place of it (app/global-error.tsx):
// what happened, that answers are safe, and a way to try again or go back.
import Link from "next/link";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";

/** `reset` re-renders in place (App Router); without it, "Try again" reloads the address (the study page, which has no React in the browser). */
const primary = "rounded-lg bg-accent px-4 py-2 font-semibold text-white dark:text-black";

export function ErrorNotice({ reset }: { reset?: () => void }) {
  return (
    <div role="alert" className="space-y-4">
      <PageTitle>Something went wrong</PageTitle>
      <p>This page could not be shown. Your answers so far are saved.</p>
      <div className="flex flex-wrap gap-3">
        {reset ? (
          <button type="button" onClick={reset} className={primary}>
            Try again
          </button>
        ) : (
          <a href="" className={primary}>
            Try again
          </a>
        )}
        <Link href={routes.home()} className="rounded-lg border px-4 py-2 font-semibold">
          Go to all sets
        </Link>
      </div>
    </div>
  );
}
