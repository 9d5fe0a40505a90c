import "server-only";
import type { Reader } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { oreToNumber } from "@/lib/money";
import { advanceFor, defaultAccountsDue } from "./model";
import { settlementOf } from "./payment-rules";

// One reading of a granted application's money, for the case file, the PDFs and every payment mutation: the
// decision, its letter, its payments, its accounts and the pool's rules. The caller puts who may see it in `where`.

export const grantSelect = {
  id: true,
  reference: true,
  title: true,
  status: true,
  version: true,
  contactName: true,
  contactEmail: true,
  periodEnd: true,
  accessTokenHash: true,
  accessExpiresAt: true,
  call: {
    select: {
      id: true,
      committeeId: true,
      committee: { select: { name: true, fourEyesPayments: true } },
      pool: { select: { advanceSharePct: true, auditorLimitOre: true, accountsDeadlineMonths: true } },
    },
  },
  decisions: {
    where: { outcome: { in: ["GRANT", "PARTIAL_GRANT"] } },
    take: 1,
    select: {
      id: true,
      outcome: true,
      amountOre: true,
      conditions: true,
      decidedOn: true,
      recordedById: true,
      grantLetter: true,
      payments: {
        where: { kind: { in: ["ADVANCE", "FINAL", "REPAYMENT"] } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          amountOre: true,
          paidOn: true,
          reference: true,
          note: true,
          approvedById: true,
          createdAt: true,
        },
      },
    },
  },
  accounts: {
    select: {
      status: true,
      receivedAt: true,
      approvedAt: true,
      approvedById: true,
      rejectedOre: true,
      lines: { select: { isIncome: true, actualOre: true } },
    },
  },
  statusChanges: {
    where: { to: { in: ["REPAYMENT", "CLOSED", "LAPSED", "PAID", "GRANT_LETTER_SENT", "GRANT_ACCEPTED"] } },
    orderBy: { at: "asc" },
    select: { to: true, at: true, byId: true },
  },
} as const satisfies Prisma.ApplicationSelect;

type Row = Prisma.ApplicationGetPayload<{ select: typeof grantSelect }>;

/** The granted application's money as plain numbers; null when it has no grant. */
export function grantFacts(app: Row) {
  const decision = app.decisions[0];
  if (!decision) return null;
  const grantedOre = oreToNumber(decision.amountOre) ?? 0;
  const pool = app.call.pool;
  const letter = decision.grantLetter;
  // A payment booked on several funds years is several rows (lib/decisions/ledger.ts `bookGrantPayment`): one here.
  const payments: (Omit<(typeof decision.payments)[number], "amountOre"> & { amountOre: number })[] = [];
  for (const row of decision.payments) {
    const amountOre = oreToNumber(row.amountOre) ?? 0;
    const same = payments.find((p) => p.kind === row.kind);
    if (same) same.amountOre += amountOre;
    else payments.push({ ...row, amountOre });
  }
  const paidOf = (kind: "ADVANCE" | "FINAL" | "REPAYMENT") => payments.find((p) => p.kind === kind) ?? null;
  const accounts = app.accounts
    ? {
        ...app.accounts,
        rejectedOre: oreToNumber(app.accounts.rejectedOre),
        lines: app.accounts.lines.map((l) => ({ isIncome: l.isIncome, actualOre: oreToNumber(l.actualOre) ?? 0 })),
      }
    : null;
  const advancePaidOre = paidOf("ADVANCE")?.amountOre ?? 0;
  return {
    application: {
      id: app.id,
      reference: app.reference ?? "",
      title: app.title,
      status: app.status,
      version: app.version,
      contactName: app.contactName,
      contactEmail: app.contactEmail,
      committeeId: app.call.committeeId,
      callId: app.call.id,
      committee: app.call.committee.name,
      fourEyes: app.call.committee.fourEyesPayments,
    },
    decision: {
      id: decision.id,
      outcome: decision.outcome,
      conditions: decision.conditions,
      decidedOn: decision.decidedOn,
    },
    grantedOre,
    auditorLimitOre: oreToNumber(pool?.auditorLimitOre),
    /** The draft's defaults: the pool's deadline and advance. */
    defaults: {
      accountsDueOn: defaultAccountsDue(app.periodEnd, decision.decidedOn, pool?.accountsDeadlineMonths ?? 1),
      advanceOre: advanceFor(grantedOre, pool?.advanceSharePct),
      months: pool?.accountsDeadlineMonths ?? 1,
    },
    letter: letter
      ? {
          ...letter,
          advanceOre: oreToNumber(letter.advanceOre),
        }
      : null,
    payments,
    paid: { advance: paidOf("ADVANCE"), final: paidOf("FINAL"), repayment: paidOf("REPAYMENT") },
    accounts,
    settlement: settlementOf({ grantedOre, accounts, advancePaidOre }),
    statusChanges: app.statusChanges,
    link: { hash: app.accessTokenHash, expiresAt: app.accessExpiresAt },
  };
}
export type GrantFacts = NonNullable<ReturnType<typeof grantFacts>>;

/** The grant of one application, with the caller's visibility rule in `where`. */
export async function readGrant(client: Reader, where: Prisma.ApplicationWhereInput): Promise<GrantFacts | null> {
  const app = await client.application.findFirst({ where: { deletedAt: null, ...where }, select: grantSelect });
  return app ? grantFacts(app) : null;
}
