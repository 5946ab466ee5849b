import type { Metadata } from "next";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { getViewer } from "@/lib/auth/session";
import { classForCode } from "@/lib/classes/classes";
import { TextLink } from "@/components/ui/text-link";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinWithCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [classroom, viewer] = await Promise.all([classForCode(code), getViewer()]);
  if (!classroom) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <PageTitle>This join link does not work</PageTitle>
        <p>The code may have been replaced by your teacher. Ask for the new one, or type it here:</p>
        <TextLink href={routes.join()}>Enter a class code</TextLink>
      </div>
    );
  }
  const next = routes.joinCode(code);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageTitle>Join {classroom.name}</PageTitle>
      <p>
        {classroom.teacher.name ? `${classroom.teacher.name}'s class.` : "A teacher's class."} Your teacher will see
        your progress on the sets they assign.
      </p>
      {viewer && !viewer.isGuest ? (
        <JoinClassForm code={code} hideField />
      ) : (
        <p>
          <TextLink href={routes.signUp({ next })}>Create an account</TextLink> or{" "}
          <TextLink href={routes.signIn({ next })}>sign in</TextLink> to join.
          {viewer?.isGuest && " What you have studied as a guest comes with you."}
        </p>
      )}
    </div>
  );
}
