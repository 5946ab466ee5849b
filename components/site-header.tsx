import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-black/10 dark:border-white/15">
      <nav aria-label="Main" className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
          Footnote
        </Link>
        <Link href="/progress" className="text-sm font-medium underline-offset-2 hover:underline">
          Progress
        </Link>
      </nav>
    </header>
  );
}
