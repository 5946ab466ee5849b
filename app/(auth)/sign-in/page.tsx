import type { Metadata } from "next";
import { EmailLinkForm } from "@/components/auth/email-link-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { oauthProviders } from "@/lib/auth/providers";
import { config } from "@/lib/config";
import { returnPath } from "@/lib/http/site-return-path";
import { tryAgainIn } from "@/lib/http/rate-limit";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Sign in" };

// next-auth sends people back here with ?error= when a link or provider fails.
const ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  EmailSignin: "The sign-in email could not be sent. Try again in a moment.",
  OAuthAccountNotLinked: "That email already has an account. Sign in the way you did before.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; callbackUrl?: string; error?: string; retry?: string; signedOut?: string }>;
}) {
  const { next, callbackUrl, error, retry, signedOut } = await searchParams;
  // Codes only: ?error= picks one of the texts above, and ?retry= is read as a number of seconds (at most a day).
  const wait = Math.min(Math.max(Math.trunc(Number(retry)) || 60, 1), 86_400);
  const message =
    error === "RateLimited"
      ? `Too many sign-in links were asked for. ${tryAgainIn(wait)}`
      : error && ((Object.hasOwn(ERRORS, error) && ERRORS[error]) || "Signing in did not work. Try again.");
  const target = returnPath(next ?? callbackUrl);
  return (
    <div className="mx-auto max-w-md space-y-8">
      <PageTitle>Sign in</PageTitle>
      {message && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200">
          {message}
        </p>
      )}
      {signedOut === "everywhere" && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200">
          You are signed out on every device and browser.
        </p>
      )}
      <SignInForm next={target} />
      <div className="space-y-6 border-t border-black/10 pt-6 dark:border-white/15">
        <EmailLinkForm next={target} />
        <OAuthButtons providers={oauthProviders(config())} next={target} />
      </div>
    </div>
  );
}
