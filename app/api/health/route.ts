import { dbIsHealthy } from "@/lib/db";

export const dynamic = "force-dynamic";

// For load balancers and uptime checks: says only whether the lead database answers.
export async function GET() {
  const healthy = await dbIsHealthy();
  return Response.json(
    { status: healthy ? "ok" : "unavailable" },
    { status: healthy ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
