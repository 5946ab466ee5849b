import type { Metadata } from "next";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { getViewer } from "@/lib/auth/session";
import Link from "next/link";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage() {
  const learner = await getViewer();
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Join a class</h1>
      {learner && !learner.isGuest ? (
        <JoinClassForm />
      ) : (
        <p>
          To join a class, <Link href="/sign-up?next=/join" className="text-[var(--color-accent)] underline">create an account</Link> or{" "}
          <Link href="/sign-in?next=/join" className="text-[var(--color-accent)] underline">sign in</Link>, so your teacher can see your progress.
        </p>
      )}
    </div>
  );
}
