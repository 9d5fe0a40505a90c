import { createHash, timingSafeEqual } from "node:crypto";
import { notFoundResponse } from "@/lib/api";
import { env } from "@/lib/env";
import { renderMetrics } from "@/lib/ops/metrics";

export const dynamic = "force-dynamic";

/**
 * The instance's metrics for Prometheus, behind a bearer token (METRICS_TOKEN): without one configured the route
 * does not exist (404); a missing or wrong token is 401. The token is compared in constant time (both sides
 * hashed first, so their lengths tell nothing either).
 */
export async function GET(request: Request) {
  const token = env().METRICS_TOKEN;
  if (!token) return notFoundResponse();
  const sent = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!timingSafeEqual(digest(sent), digest(token)))
    return Response.json(
      { error: "unauthenticated" },
      { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Cache-Control": "no-store" } },
    );
  const { body, contentType } = await renderMetrics();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}

const digest = (text: string) => createHash("sha256").update(text).digest();
