import { apiActor, csvResponse, forbiddenResponse, notFoundResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import { decimalCell, toCsv } from "@/lib/csv";
import { getPoolYearPage } from "@/lib/ledger/queries";
import { kronerDecimal } from "@/lib/ledger/model";
import { copenhagenToday } from "@/lib/calls/model";

export const dynamic = "force-dynamic";

/**
 * One funds year's movements, oldest first: date (Danish calendar day, YYYY-MM-DD), kind (budget, commitment,
 * release, payment, return), reference (the application's reference or the project's title), description, and
 * amount in kroner with two decimals (a case the reader is ruled out of has no reference or description). A budget
 * row is the change (a cut is negative); the other rows are positive and their kind says which way the money went.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ poolId: string; year: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "ledger:read")) return forbiddenResponse();
  const { poolId, year } = await params;
  const page = await getPoolYearPage(actor, poolId, Number(year));
  if (!page) return notFoundResponse();
  const body = toCsv(
    ["date", "kind", "reference", "description", "amount"],
    page.movements.map((m) => [
      copenhagenToday(m.date),
      m.kind,
      m.reference,
      m.description,
      decimalCell(kronerDecimal(m.amountOre)),
    ]),
  );
  return csvResponse(body, `ledger-${page.poolYear.year}.csv`);
}
