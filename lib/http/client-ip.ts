// The address a request came from, for per-address rate limits. Next does not expose the socket's
// address, and a client can write X-Forwarded-For itself, so the header is believed only when
// TRUST_PROXY says a reverse proxy sets it; otherwise there is no address (and no per-address limit).
import "server-only";
import { headers } from "next/headers";
import { config } from "../config";

export async function clientIp(): Promise<string | null> {
  if (!config().TRUST_PROXY) return null;
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
}
