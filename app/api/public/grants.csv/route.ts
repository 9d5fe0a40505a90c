import { toCsv } from "@/lib/csv";
import { listOpenGrants } from "@/lib/public/open-data";

/** Open data: every published grant as CSV (RFC 4180, UTF-8); goals separated by "; ". */
export async function GET() {
  const grants = await listOpenGrants(null);
  const body = toCsv(
    ["committee", "initiative", "initiative_id", "organisation", "amount_kr", "funds_year", "decision_date", "goals"],
    grants.map((g) => [
      g.committee,
      g.initiative,
      g.initiative_id,
      g.organisation,
      g.amount_kr,
      g.funds_year,
      g.decision_date,
      g.goals.join("; "),
    ]),
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'inline; filename="grants.csv"',
      "Access-Control-Allow-Origin": "*",
    },
  });
}
