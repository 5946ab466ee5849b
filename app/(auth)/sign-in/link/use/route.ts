// POST /sign-in/link/use – the confirmation page's button: spends the emailed sign-in link, signs in, and
// sends the browser on to its return path (or back to the page, which then says the link is used up).
import { cookies } from "next/headers";
import { rememberBrowserZone } from "@/lib/auth/accounts";
import { viewerFromCookies } from "@/lib/auth/viewer";
import { signInAs } from "@/lib/auth/session";
import { spendSignInLink } from "@/lib/auth/sign-in-link";
import { signInLinkPath } from "@/lib/auth/sign-in-link-url";
import { HttpError } from "@/lib/http/http-error";
import { formErrorResponse, readForm } from "@/lib/http/form-request";
import { returnPath } from "@/lib/http/site-return-path";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

export async function POST(request: Request) {
  let form: FormData;
  try {
    form = await readForm(request);
  } catch (error) {
    if (error instanceof HttpError) return formErrorResponse(error);
    throw error;
  }
  const [token, email] = [form.get("token"), form.get("email")].map((v) => (typeof v === "string" ? v : ""));
  const next = returnPath(form.get("next"));
  const user = await spendSignInLink(token, email, await viewerFromCookies((await cookies()).getAll()));
  if (!user) return seeOther(signInLinkPath({ token, email, next }));
  await rememberBrowserZone(user.id, form.get("timeZone"));
  await signInAs(user);
  return seeOther(next);
}
