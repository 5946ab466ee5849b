import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <PageTitle>Check your email</PageTitle>
      <p>We sent you a sign-in link. It works once, for 24 hours. You can close this page.</p>
    </div>
  );
}
