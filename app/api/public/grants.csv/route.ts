import { csvLine } from "@/lib/csv";
import { streamOpenGrants, type OpenGrant } from "@/lib/public/open-data";

const header = [
  "committee",
  "initiative",
  "initiative_id",
  "organisation",
  "amount_kr",
  "funds_year",
  "decision_date",
  "goals",
];
const row = (g: OpenGrant) => [
  g.committee,
  g.initiative,
  g.initiative_id,
  g.organisation,
  g.amount_kr,
  g.funds_year,
  g.decision_date,
  g.goals.join("; "),
];

/**
 * Open data: every published grant as CSV (RFC 4180, UTF-8); goals separated by "; ". Streamed a page of
 * grants at a time, so memory stays flat however large the register grows (docs/benchmarks.md).
 */
export async function GET() {
  const pages = streamOpenGrants(null);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(encoder.encode(csvLine(header))),
    pull: async (controller) => {
      const next = await pages.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map((g) => csvLine(row(g))).join("")));
    },
    cancel: async () => {
      await pages.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'inline; filename="grants.csv"',
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=60",
    },
  });
}
