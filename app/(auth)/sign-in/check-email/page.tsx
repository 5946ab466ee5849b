import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="font-serif text-3xl font-semibold">Check your email</h1>
      <p>We sent you a sign-in link. It works once, for 24 hours. You can close this page.</p>
    </div>
  );
}
