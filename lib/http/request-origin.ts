// The app's public origin, for links people share (join links): NEXTAUTH_URL when set, else the request's host.
import "server-only";
import { headers } from "next/headers";
import { config } from "../config";

export async function appOrigin(): Promise<string> {
  const configured = config().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}`;
}
