import type { Metadata } from "next";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { getViewer } from "@/lib/auth/session";
import { TextLink } from "@/components/ui/text-link";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage() {
  const viewer = await getViewer();
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageTitle>Join a class</PageTitle>
      {viewer && !viewer.isGuest ? (
        <JoinClassForm />
      ) : (
        <p>
          To join a class, <TextLink href={routes.signUp({ next: routes.join() })}>create an account</TextLink> or{" "}
          <TextLink href={routes.signIn({ next: routes.join() })}>sign in</TextLink>, so your teacher can see your
          progress.
        </p>
      )}
    </div>
  );
}
