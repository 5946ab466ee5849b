import type { Metadata } from "next";
import { BrowserTimeZoneInput } from "@/components/browser-time-zone-input";
import { findSignInLink } from "@/lib/auth/sign-in-link";
import { returnPath } from "@/lib/http/site-return-path";
import { TextLink } from "@/components/ui/text-link";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";

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
        <PageTitle>This sign-in link has expired or was already used</PageTitle>
        <p>Each link works once, for 24 hours. Ask for a new one and use the newest email.</p>
        <p>
          <TextLink href={routes.signIn({ next })}>Ask for a new sign-in link</TextLink>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageTitle>
        Sign in to Footnote as <span className="break-words">{email}</span>
      </PageTitle>
      <form method="post" action={routes.useSignInLink()} className="space-y-4">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="next" value={next} />
        <BrowserTimeZoneInput />
        <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-semibold text-white dark:text-black">
          Sign in
        </button>
      </form>
      <p className="text-sm text-muted">
        Not you, or did not ask to sign in? Close this page: nothing happens until you press the button.
      </p>
    </div>
  );
}
