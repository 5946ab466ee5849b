import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getViewer } from "@/lib/auth/session";
import { returnPath } from "@/lib/http/site-return-path";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [{ next }, learner] = await Promise.all([searchParams, getViewer()]);
  if (learner && !learner.isGuest) redirect("/account");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Create an account</h1>
      <SignUpForm next={returnPath(next)} isGuest={Boolean(learner?.isGuest)} />
    </div>
  );
}
