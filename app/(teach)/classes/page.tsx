import type { Metadata } from "next";
import Link from "next/link";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { getViewer } from "@/lib/auth/session";
import { teacherClasses } from "@/lib/classes/classes";
import { formatJoinCode } from "@/lib/classes/join-code";
import { asCurrentViewer } from "@/lib/classes/as-current-viewer";
import { TextLink } from "@/components/ui/text-link";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Your classes" };

export default async function ClassesPage() {
  const viewer = await getViewer();
  if (viewer && !viewer.isGuest && viewer.role !== "TEACHER") {
    return (
      <div className="space-y-3">
        <PageTitle>Classes</PageTitle>
        <p>Classes are run by teachers. To join one, enter the code your teacher gave you.</p>
        <TextLink href={routes.join()}>Join a class</TextLink>
      </div>
    );
  }
  const classes = await asCurrentViewer(routes.classes(), teacherClasses);
  return (
    <div className="space-y-8">
      <PageTitle>Your classes</PageTitle>
      {classes.length === 0 ? (
        <p className="rounded-lg border border-dashed p-4 text-muted">
          No classes yet. Create one, then share its code with your students.
        </p>
      ) : (
        <ul className="space-y-3">
          {classes.map((c) => (
            <li key={c.id} className="rounded-lg border border-black/10 p-4 dark:border-white/15">
              <h2 className="text-lg font-semibold">
                <Link href={routes.classroom(c.id)} className="underline-offset-2 hover:underline">
                  {c.name}
                </Link>
              </h2>
              <p className="text-sm text-muted">
                {c._count.memberships} {c._count.memberships === 1 ? "student" : "students"} · {c._count.assignments}{" "}
                assigned · code {formatJoinCode(c.joinCode)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="create-heading" className="space-y-3">
        <h2 id="create-heading" className="text-xl font-semibold">
          Create a class
        </h2>
        <CreateClassForm />
      </section>
    </div>
  );
}
