import { connection } from "next/server";
import { StudentHome } from "@/components/home/student-home";
import { TeacherHome } from "@/components/home/teacher-home";
import { getViewer } from "@/lib/auth/session";

// One address for everyone's home: a teacher lands on theirs after signing up or in, whichever way, since
// every sign-in returns to "/" unless a return path says otherwise.
export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<{ joined?: string; deleted?: string }>;
}) {
  await connection();
  const [viewer, query] = await Promise.all([getViewer(), searchParams]);
  if (viewer && !viewer.isGuest && viewer.role === "TEACHER") return <TeacherHome viewer={viewer} />;
  return (
    <StudentHome
      viewer={viewer}
      joined={typeof query.joined === "string" ? query.joined : undefined}
      deleted={Boolean(query.deleted)}
    />
  );
}
