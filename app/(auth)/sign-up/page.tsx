import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getViewer } from "@/lib/auth/session";
import { returnPath } from "@/lib/http/site-return-path";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [{ next }, viewer] = await Promise.all([searchParams, getViewer()]);
  if (viewer && !viewer.isGuest) redirect(routes.account());
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageTitle>Create an account</PageTitle>
      <SignUpForm next={returnPath(next)} isGuest={Boolean(viewer?.isGuest)} />
    </div>
  );
}
