import { listOpenGrants } from "@/lib/public/open-data";

/** Open data: every published grant. Public, no session; CORS open so others can build on it. */
export async function GET() {
  const grants = await listOpenGrants(null);
  return Response.json(
    { license: "CC0-1.0", generated: new Date().toISOString(), count: grants.length, grants },
    { headers: { "Access-Control-Allow-Origin": "*" } },
  );
}
