// What a missing page says: the App Router's not-found page and the study page of a missing set.
import Link from "next/link";

export function NotFoundNotice() {
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">Page not found</h1>
      <p>There is no page at this address. The set or article may have been renamed or removed.</p>
      <ul className="list-disc space-y-1 pl-5">
        <li><Link href="/" className="text-[var(--color-accent)] underline underline-offset-2">See all question sets</Link></li>
        <li><Link href="/progress" className="text-[var(--color-accent)] underline underline-offset-2">See your progress</Link></li>
      </ul>
    </div>
  );
}
