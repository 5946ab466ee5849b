// For pages: run a class read as the current learner; a denial becomes a sign-in redirect or a 404.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { getLearner, type Learner } from "../auth/session";
import { AccessDenied } from "./access";

export async function readAs<T>(next: string, read: (actor: Learner | null) => Promise<T>): Promise<T> {
  try {
    return await read(await getLearner());
  } catch (error) {
    if (!(error instanceof AccessDenied)) throw error;
    if (error.reason === "sign-in") redirect(`/sign-in?next=${encodeURIComponent(next)}`);
    notFound();
  }
}
