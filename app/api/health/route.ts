// GET /api/health – 200 when the app can reach its database, 503 when it cannot (for load balancers).
import { checkHealth } from "@/lib/db/health";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
