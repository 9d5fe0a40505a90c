import { apiActor, forbiddenResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import { crossSiteRefusal } from "@/lib/same-origin";
import { exportPersonData } from "@/lib/privacy/mutations";
import { personLookupSchema } from "@/lib/privacy/schema";

export const dynamic = "force-dynamic";

/**
 * The download of /admin/privacy: everything stored about one address as a JSON file. A POST (the address stays
 * out of URLs and logs) from the site itself, by an installation admin; every download is audited.
 */
export async function POST(request: Request) {
  const crossSite = crossSiteRefusal(request);
  if (crossSite) return crossSite;
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "installation:manage")) return forbiddenResponse();
  const form = await request.formData().catch(() => null);
  const parsed = personLookupSchema.safeParse({ email: form?.get("email") });
  if (!parsed.success) return Response.json({ error: "email: give one valid e-mail address" }, { status: 400 });
  const body = await exportPersonData(actor, parsed.data);
  const name = `persondata-${new Date().toISOString().slice(0, 10)}.json`;
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
