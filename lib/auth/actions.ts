"use server";
// Server actions for accounts: sign up, sign in, sign out (here or everywhere), change password, delete the account.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formatHour } from "../calendar/format";
import { canonicalZone } from "../calendar/zones";
import { clientIp } from "../http/client-ip";
import { db } from "../db/client";
import { returnPath } from "../http/site-return-path";
import { hitAll, LIMITS, perAddress, tryAgainIn } from "../http/rate-limit";
import { AccountError, changePassword, deleteAccount, endAllSessions, rememberBrowserZone, signInWithPassword, signUp, updateProfile, updateStudyClock } from "./accounts";
import { fieldErrors, keepValues, type FormState } from "../forms/form-state";
import { MIN_PASSWORD_LENGTH } from "./password";
import { getViewer, signInAs, signOut } from "./session";

const password = z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(200, "Use at most 200 characters.");
const email = z.string().trim().max(254).email("Enter an email address such as ada@example.com.");
// Only paths on this site, so a crafted link cannot send someone elsewhere after signing in.
const next = z.unknown().transform(returnPath);

const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email,
  password,
  role: z.enum(["STUDENT", "TEACHER"], { message: "Choose student or teacher." }),
  next,
});

export async function signUpAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = keepValues(form, ["name", "email", "role"]);
  const parsed = signUpSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  // The browser's zone (a hidden field its script fills); an invalid or missing one is ignored.
  const timeZone = canonicalZone(form.get("timeZone")) ?? undefined;
  const limited = await hitAll(db, [[perAddress("sign-up", await clientIp()), LIMITS.signUpPerIp]]);
  if (!limited.ok) return { errors: { form: `Too many accounts were made from here. ${tryAgainIn(limited.retryAfterSeconds)}` }, values };
  try {
    await signInAs(await signUp({ ...parsed.data, timeZone }, await getViewer()));
  } catch (error) {
    if (error instanceof AccountError) return { errors: { [error.field]: error.message }, values };
    throw error;
  }
  redirect(parsed.data.next);
}

const signInSchema = z.object({ email, password: z.string().min(1, "Enter your password.").max(200), next });

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = keepValues(form, ["email"]);
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const limited = await hitAll(db, [
    [`sign-in:email:${parsed.data.email.toLowerCase()}`, LIMITS.signInPerEmail],
    [perAddress("sign-in", await clientIp()), LIMITS.signInPerIp],
  ]);
  if (!limited.ok) return { errors: { form: `Too many sign-in attempts. ${tryAgainIn(limited.retryAfterSeconds)}` }, values };
  const user = await signInWithPassword(parsed.data.email, parsed.data.password, await getViewer());
  if (!user) return { errors: { form: "That email and password do not match an account." }, values };
  await rememberBrowserZone(user.id, form.get("timeZone"));
  await signInAs(user);
  redirect(parsed.data.next);
}

export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/");
}

const profileSchema = signUpSchema.pick({ name: true, role: true });

export async function updateProfileAction(_previous: FormState, form: FormData): Promise<FormState> {
  const learner = await getViewer();
  if (!learner || learner.isGuest) return { errors: { form: "Sign in to change your profile." } };
  const values = keepValues(form, ["name", "role"]);
  const parsed = profileSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  await updateProfile(learner.id, parsed.data);
  revalidatePath("/", "layout");
  return { message: "Your profile was saved.", values };
}

const clockSchema = z.object({
  timeZone: z.string().transform((zone, ctx) => canonicalZone(zone) ?? (ctx.addIssue({ code: "custom", message: "Choose a time zone from the list, such as Europe/Berlin." }), z.NEVER)),
  rolloverHour: z.string().trim().regex(/^\d{1,2}$/, "Choose an hour from 0 to 23.").transform(Number).refine((h) => h <= 23, "Choose an hour from 0 to 23."),
});

/** Saves the learner's IANA time zone and rollover hour (0–23); a guest may set them too. */
export async function updateStudyClockAction(_previous: FormState, form: FormData): Promise<FormState> {
  const learner = await getViewer();
  if (!learner) return { errors: { form: "Start studying or sign in to choose your time zone." } };
  const values = keepValues(form, ["timeZone", "rolloverHour"]);
  const parsed = clockSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  await updateStudyClock(learner.id, parsed.data);
  revalidatePath("/", "layout");
  return { message: `Saved: ${parsed.data.timeZone.replaceAll("_", " ")}, new days from ${formatHour(parsed.data.rolloverHour)}.`, values: { timeZone: parsed.data.timeZone, rolloverHour: String(parsed.data.rolloverHour) } };
}

const changeSchema = z.object({ currentPassword: z.string().max(200), newPassword: password });

export async function changePasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const learner = await getViewer();
  if (!learner || learner.isGuest) return { errors: { form: "Sign in to change your password." } };
  const parsed = changeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  try {
    // Every other session of the account ends; this browser gets a cookie of the new version.
    await signInAs(await changePassword(learner.id, parsed.data.currentPassword, parsed.data.newPassword));
  } catch (error) {
    if (error instanceof AccountError) return { errors: { [error.field]: error.message } };
    throw error;
  }
  return { message: "Your password was changed. You are signed out everywhere else." };
}

/** Ends every session of the account, this browser's too. A guest has no "everywhere": nothing changes. */
export async function signOutEverywhereAction(): Promise<void> {
  const learner = await getViewer();
  if (!learner || learner.isGuest) redirect("/account");
  await endAllSessions(learner.id);
  await signOut();
  redirect("/sign-in?signedOut=everywhere");
}

export async function deleteAccountAction(_previous: FormState, form: FormData): Promise<FormState> {
  const learner = await getViewer();
  if (!learner) return { errors: { form: "You are not signed in." } };
  if (String(form.get("confirm") ?? "").trim().toLowerCase() !== "delete") {
    return { errors: { confirm: "Type delete to confirm." } };
  }
  await deleteAccount(learner.id);
  await signOut();
  redirect("/?deleted=1");
}
