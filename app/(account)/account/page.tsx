import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm, DeleteAccountForm, ProfileForm } from "@/components/auth/account-forms";
import { StudyClockForm } from "@/components/auth/study-clock-form";
import { formatHour } from "@/lib/calendar/format";
import { zoneChoices } from "@/lib/calendar/zones";
import { getViewer } from "@/lib/auth/session";
import { signOutAction, signOutEverywhereAction } from "@/lib/auth/actions";
import { PendingButton } from "@/components/ui/pending-button";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer) redirect(routes.signIn({ next: routes.account() }));
  return (
    <div className="mx-auto max-w-md space-y-10">
      <header className="space-y-2">
        <PageTitle>Your account</PageTitle>
        <p>
          {viewer.isGuest
            ? "You are studying as a guest."
            : `Signed in as ${viewer.name ?? "you"} (${viewer.role === "TEACHER" ? "teacher" : "student"}).`}
        </p>
        <div className="flex flex-wrap gap-3">
          <form action={signOutAction}>
            <PendingButton pendingLabel="Signing out…" className="rounded-lg border px-4 py-2 font-semibold">
              Sign out
            </PendingButton>
          </form>
          {!viewer.isGuest && (
            <form action={signOutEverywhereAction}>
              <PendingButton
                pendingLabel="Signing out everywhere…"
                aria-describedby="everywhere-hint"
                className="rounded-lg border px-4 py-2 font-semibold"
              >
                Sign out everywhere
              </PendingButton>
            </form>
          )}
        </div>
        {!viewer.isGuest && (
          <p id="everywhere-hint" className="text-sm text-muted">
            Sign out everywhere ends your sessions on every device and browser, this one included.
          </p>
        )}
      </header>
      {!viewer.isGuest && (
        <section aria-labelledby="profile-heading" className="space-y-4">
          <h2 id="profile-heading" className="text-xl font-semibold">
            Profile
          </h2>
          <ProfileForm name={viewer.name ?? ""} role={viewer.role} />
        </section>
      )}
      <section aria-labelledby="time-heading" className="space-y-4">
        <h2 id="time-heading" className="text-xl font-semibold">
          Time zone and study day
        </h2>
        <StudyClockForm
          timeZone={viewer.timeZone}
          chosen={viewer.timeZoneChosen}
          rolloverHour={viewer.rolloverHour}
          zones={zoneChoices(viewer.timeZone)}
          hours={Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: formatHour(h) }))}
        />
      </section>
      {!viewer.isGuest && (
        <section aria-labelledby="password-heading" className="space-y-4">
          <h2 id="password-heading" className="text-xl font-semibold">
            Change password
          </h2>
          <ChangePasswordForm />
        </section>
      )}
      <section aria-labelledby="delete-heading" className="space-y-4">
        <h2 id="delete-heading" className="text-xl font-semibold">
          Delete account
        </h2>
        <p>This removes your account and everything you have studied. It cannot be undone.</p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
