import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { oreToNumber } from "@/lib/money";
import { applicationCoreSelect } from "@/lib/applications/queries";

/** An application as the secretariat handles it: contact data included, for staff of its committee only. */
export async function getStaffApplication(actor: Actor, callId: string, applicationId: string) {
  const app = await db().application.findFirst({
    where: { id: applicationId, callId, deletedAt: null },
    select: {
      ...applicationCoreSelect,
      status: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      submittedAt: true,
      organisation: { select: { name: true, cvr: true, kind: true } },
      call: { select: { id: true, title: true, committeeId: true } },
      attachments: { where: { deletedAt: null }, select: { id: true, filename: true, mimeType: true, sizeBytes: true } },
      decisions: { orderBy: { decidedOn: "desc" }, select: { id: true, outcome: true, amountOre: true, fundsYear: true, conditional: true, reasons: true, decidedOn: true } },
    },
  });
  if (!app || !can(actor, "call:manage", app.call.committeeId)) return null;
  return {
    ...app,
    requestedOre: oreToNumber(app.requestedOre) ?? 0,
    budgetLines: app.budgetLines.map((l) => ({ ...l, amountOre: oreToNumber(l.amountOre) ?? 0 })),
    decisions: app.decisions.map((d) => ({ ...d, amountOre: oreToNumber(d.amountOre) })),
  };
}
