"use server";
// Server actions for accounts: sign up, sign in, sign out (here or everywhere), change password, delete the
// account. Each goes through the one pipeline (lib/actions/transports.ts): its schema, who may run it, the work.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, plainAction } from "../actions/transports";
import { formatHour } from "../calendar/format";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { browserZone, chosenZone, returnPathField } from "../forms/schemas";
import { clientIp } from "../http/client-ip";
import { hitAll, LIMITS, perAddress, tryAgainIn } from "../http/rate-limit";
import { routes } from "../routes";
import {
  changePassword,
  deleteAccount,
  endAllSessions,
  rememberBrowserZone,
  signInWithPassword,
  signUp,
  updateProfile,
  updateStudyClock,
} from "./accounts";
import { MIN_PASSWORD_LENGTH } from "./password";
import { signInAs, signOut } from "./session";

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.");
const email = z.string().trim().max(254).email("Enter an email address such as ada@example.com.");

const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email,
  password,
  role: z.enum(["STUDENT", "TEACHER"], { message: "Choose student or teacher." }),
  // Only paths on this site, so a crafted link cannot send someone elsewhere after signing in.
  next: returnPathField,
  // The browser's zone (a hidden field its script fills); an invalid or missing one is ignored.
  timeZone: browserZone,
});

const tooMany = (what: string, seconds: number) =>
  new AppError("rate-limited", { message: `${what} ${tryAgainIn(seconds)}` });

export const signUpAction = formAction({
  schema: signUpSchema,
  access: "anyone",
  keep: ["name", "email", "role"],
  run: async ({ next, ...input }, viewer) => {
    const limited = await hitAll(db, [[perAddress("sign-up", await clientIp()), LIMITS.signUpPerIp]]);
    if (!limited.ok) throw tooMany("Too many accounts were made from here.", limited.retryAfterSeconds);
    await signInAs(await signUp(input, viewer));
    redirect(next);
  },
});

export const signInAction = formAction({
  schema: z.object({
    email,
    password: z.string().min(1, "Enter your password.").max(200),
    next: returnPathField,
    timeZone: browserZone,
  }),
  access: "anyone",
  keep: ["email"],
  run: async (input, viewer) => {
    const limited = await hitAll(db, [
      [`sign-in:email:${input.email.toLowerCase()}`, LIMITS.signInPerEmail],
      [perAddress("sign-in", await clientIp()), LIMITS.signInPerIp],
    ]);
    if (!limited.ok) throw tooMany("Too many sign-in attempts.", limited.retryAfterSeconds);
    const user = await signInWithPassword(input.email, input.password, viewer);
    if (!user) throw new AppError("wrong-credentials");
    await rememberBrowserZone(user.id, input.timeZone);
    await signInAs(user);
    redirect(input.next);
  },
});

export const signOutAction = plainAction({
  schema: z.object({}),
  access: "anyone",
  run: async () => {
    await signOut();
    return routes.home();
  },
});

export const updateProfileAction = formAction({
  schema: signUpSchema.pick({ name: true, role: true }),
  access: "account",
  refusal: "Sign in to change your profile.",
  keep: ["name", "role"],
  run: async (input, viewer) => {
    await updateProfile(viewer.id, input);
    revalidatePath(routes.home(), "layout");
    return { message: "Your profile was saved." };
  },
});

/** Saves the viewer's IANA time zone and rollover hour (0–23); a guest may set them too. */
export const updateStudyClockAction = formAction({
  schema: z.object({
    timeZone: chosenZone,
    rolloverHour: z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, "Choose an hour from 0 to 23.")
      .transform(Number)
      .refine((h) => h <= 23, "Choose an hour from 0 to 23."),
  }),
  access: "viewer",
  refusal: "Start studying or sign in to choose your time zone.",
  keep: ["timeZone", "rolloverHour"],
  run: async (clock, viewer) => {
    await updateStudyClock(viewer.id, clock);
    revalidatePath(routes.home(), "layout");
    return {
      message: `Saved: ${clock.timeZone.replaceAll("_", " ")}, new days from ${formatHour(clock.rolloverHour)}.`,
      values: { timeZone: clock.timeZone, rolloverHour: String(clock.rolloverHour) },
    };
  },
});

export const changePasswordAction = formAction({
  schema: z.object({ currentPassword: z.string().max(200), newPassword: password }),
  access: "account",
  refusal: "Sign in to change your password.",
  run: async ({ currentPassword, newPassword }, viewer) => {
    // Every other session of the account ends; this browser gets a cookie of the new version.
    await signInAs(await changePassword(viewer.id, currentPassword, newPassword));
    return { message: "Your password was changed. You are signed out everywhere else." };
  },
});

/** Ends every session of the account, this browser's too. A guest has no "everywhere": nothing changes. */
export const signOutEverywhereAction = plainAction({
  schema: z.object({}),
  access: "account",
  refused: () => routes.account(),
  run: async (_input, viewer) => {
    await endAllSessions(viewer.id);
    await signOut();
    return routes.signIn({ signedOut: "everywhere" });
  },
});

export const deleteAccountAction = formAction({
  schema: z.object({
    confirm: z
      .string()
      .default("")
      .refine((typed) => typed.trim().toLowerCase() === "delete", "Type delete to confirm."),
  }),
  access: "viewer",
  refusal: "You are not signed in.",
  run: async (_input, viewer) => {
    await deleteAccount(viewer.id);
    await signOut();
    redirect(routes.home({ deleted: 1 }));
  },
});
