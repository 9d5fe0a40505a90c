import "server-only";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/permissions";

/** For route handlers: the actor, or the JSON error response to send instead. */
export async function apiActor(): Promise<{ actor: Actor; error: null } | { actor: null; error: Response }> {
  const actor = await getActor();
  if (!actor) return { actor: null, error: Response.json({ error: "unauthenticated" }, { status: 401 }) };
  return { actor, error: null };
}

export const forbiddenResponse = () => Response.json({ error: "forbidden" }, { status: 403 });
export const notFoundResponse = () => Response.json({ error: "not found" }, { status: 404 });

export function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
