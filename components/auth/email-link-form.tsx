"use client";
// Asks next-auth to email a sign-in link (next-auth's own CSRF-protected endpoint).
import { signIn } from "next-auth/react";
import { useState } from "react";

export function EmailLinkForm({ next }: { next: string }) {
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) return setError("Enter an email address such as ada@example.com.");
    setError(null);
    setPending(true);
    await signIn("email", { email: email.trim(), callbackUrl: next });
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <div className="space-y-1">
        <label htmlFor="link-email" className="block font-medium">
          Email me a sign-in link
        </label>
        <input
          id="link-email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "link-email-error" : undefined}
          className="w-full rounded-lg border border-black/25 bg-transparent px-3 py-2 dark:border-white/30"
        />
        {error && (
          <p id="link-email-error" className="text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg border border-black/20 px-4 py-2 font-semibold disabled:opacity-60 dark:border-white/25"
      >
        {pending ? "Sending…" : "Send link"}
      </button>
    </form>
  );
}
