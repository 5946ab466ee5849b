import type { Metadata } from "next";
import Link from "next/link";
import { BrowserTimeZoneInput } from "@/components/browser-time-zone-input";
import { findSignInLink } from "@/lib/auth/sign-in-link";
import { USE_SIGN_IN_LINK_PATH } from "@/lib/auth/sign-in-link-url";
import { returnPath } from "@/lib/http/site-return-path";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Query = { token?: string; email?: string; next?: string };

// Opening an emailed link (GET or HEAD, by the person or by a school's mail scanner) only looks the link
// up; the button's POST spends it.
export default async function SignInLinkPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const [token, email] = [query.token, query.email].map((v) => (typeof v === "string" ? v : ""));
  const next = returnPath(query.next);
  if (!(await findSignInLink(token, email))) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="font-serif text-3xl font-semibold">This sign-in link has expired or was already used</h1>
        <p>Each link works once, for 24 hours. Ask for a new one and use the newest email.</p>
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="text-[var(--color-accent)] underline">Ask for a new sign-in link</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="font-serif text-3xl font-semibold">
        Sign in to Footnote as <span className="break-words">{email}</span>
      </h1>
      <form method="post" action={USE_SIGN_IN_LINK_PATH} className="space-y-4">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="next" value={next} />
        <BrowserTimeZoneInput />
        <button type="submit" className="rounded-lg bg-[var(--color-accent)] px-4 py-2 font-semibold text-white dark:text-black">Sign in</button>
      </form>
      <p className="text-sm text-[var(--color-muted)]">Not you, or did not ask to sign in? Close this page: nothing happens until you press the button.</p>
    </div>
  );
}
