import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { getViewer } from "@/lib/auth/session";
import { classForCode } from "@/lib/classes/classes";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinWithCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [classroom, learner] = await Promise.all([classForCode(code), getViewer()]);
  if (!classroom) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="font-serif text-3xl font-semibold">This join link does not work</h1>
        <p>The code may have been replaced by your teacher. Ask for the new one, or type it here:</p>
        <Link href="/join" className="text-[var(--color-accent)] underline">Enter a class code</Link>
      </div>
    );
  }
  const next = `/join/${encodeURIComponent(code)}`;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Join {classroom.name}</h1>
      <p>{classroom.teacher.name ? `${classroom.teacher.name}'s class.` : "A teacher's class."} Your teacher will see your progress on the sets they assign.</p>
      {learner && !learner.isGuest ? (
        <JoinClassForm code={code} hideField />
      ) : (
        <p>
          <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="text-[var(--color-accent)] underline">Create an account</Link> or{" "}
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="text-[var(--color-accent)] underline">sign in</Link> to join.
          {learner?.isGuest && " What you have studied as a guest comes with you."}
        </p>
      )}
    </div>
  );
}
