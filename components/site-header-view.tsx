// The site's header for a given viewer. App Router pages get it through components/site-header.tsx;
// the study page (Pages Router) looks the viewer up itself and renders this.
import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { routes } from "@/lib/routes";

const link = "text-sm font-medium underline-offset-2 hover:underline";

export function SiteHeaderView({ viewer }: { viewer: Viewer | null }) {
  return (
    <header className="border-b border-black/10 dark:border-white/15">
      <nav aria-label="Main" className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href={routes.home()} className="font-serif text-xl font-semibold tracking-tight">
          Footnote
        </Link>
        <div className="flex items-center gap-4">
          <Link href={routes.progress()} className={link}>
            Progress
          </Link>
          {viewer && !viewer.isGuest ? (
            <>
              {viewer.role === "TEACHER" ? (
                <Link href={routes.classes()} className={link}>
                  Classes
                </Link>
              ) : (
                <Link href={routes.join()} className={link}>
                  Join a class
                </Link>
              )}
              <Link href={routes.account()} className={link}>
                Account
              </Link>
            </>
          ) : (
            <>
              <Link href={routes.signIn()} className={link}>
                Sign in
              </Link>
              <Link href={routes.signUp()} className={link}>
                Sign up
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
