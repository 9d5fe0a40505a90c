import "server-only";
import type { Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { claimApplication } from "@/lib/applications/claim";
import { undecided } from "@/lib/screening/model";
import { translatorFor } from "@/lib/i18n/translator";
import { queueMail } from "@/lib/mail/outbox";
import type { DecidingBody, DecisionOutcome } from "@/lib/generated/prisma/enums";
import { guardAvailable } from "@/lib/ledger/guard";
import { commitYears } from "./ledger";
import { decisionLetter } from "./letter";
import { isConditional, type YearAmount } from "./model";

/** What deciding an application reads of it: select it with the conflict rule in the where clause. */
export const applicationForDecisionSelect = {
  id: true,
  reference: true,
  title: true,
  status: true,
  version: true,
  requestedOre: true,
  contactName: true,
  contactEmail: true,
  call: {
    select: {
      committeeId: true,
      poolId: true,
      decidedBy: true,
      fastTrack: true,
      committee: { select: { name: true, kind: true } },
    },
  },
} as const;

export type ApplicationForDecision = {
  id: string;
  reference: string | null;
  title: string;
  status: import("@/lib/generated/prisma/enums").ApplicationStatus;
  contactName: string;
  contactEmail: string;
  call: { committeeId: string; poolId: string | null; committee: { name: string } };
};

export type ApplicationDecision = {
  outcome: DecisionOutcome;
  amountOre: number | null;
  years: readonly YearAmount[];
  reasons: string;
  conditions?: string;
  reasonsPersonal?: boolean;
  aboveRequestReason?: string | null;
  votes?: { for: number; against: number; abstain: number } | null;
  /** Set when the decision is taken at a meeting. */
  meetingId?: string;
  agendaItemId?: string;
  decidingBody: DecidingBody;
  /** "Gem alligevel": saved over the ledger's warning that a funds year's available goes below zero. */
  overCommitConfirmed?: boolean;
};

/**
 * The one way an application is decided, whether by the secretariat under delegation or at a meeting: the
 * application is claimed over the version the person saw and only from an undecided status, the decision and
 * its money per funds year are written, the status change is noted, the applicant gets the letter, all in the
 * caller's transaction with the audit entry; the unique index on Decision.applicationId is the last line.
 * A decision that would take a funds year's available below zero is refused once with the ledger's warning;
 * saved anyway, it records by how much (lib/ledger/guard.ts).
 */
export async function decideApplication(
  tx: Tx,
  actor: Actor,
  app: ApplicationForDecision,
  version: number,
  d: ApplicationDecision,
  now: Date,
): Promise<{ id: string }> {
  await claimApplication(tx, app.id, { version, statuses: undecided }, { status: "DECIDED" });
  const firstYear = [...d.years].sort((a, b) => a.year - b.year)[0]?.year ?? null;
  const exceededOre = await guardAvailable(tx, app.call.poolId, d.years, d.overCommitConfirmed ?? false);
  const decision = await tx.decision.create({
    data: {
      applicationId: app.id,
      exceededAvailableOre: exceededOre === null ? null : BigInt(exceededOre),
      meetingId: d.meetingId ?? null,
      agendaItemId: d.agendaItemId ?? null,
      decidingBody: d.decidingBody,
      outcome: d.outcome,
      amountOre: d.amountOre === null ? null : BigInt(d.amountOre),
      fundsYear: firstYear,
      conditional: firstYear !== null && isConditional(firstYear, now),
      conditions: d.conditions ?? "",
      reasons: d.reasons,
      reasonsPersonal: d.reasonsPersonal ?? false,
      aboveRequestReason: d.aboveRequestReason || null,
      votesFor: d.votes?.for ?? null,
      votesAgainst: d.votes?.against ?? null,
      votesAbstain: d.votes?.abstain ?? null,
      decidedOn: now,
      recordedById: actor.id,
    },
    select: { id: true },
  });
  await commitYears(tx, decision.id, app.call.poolId, d.years, now);
  await tx.applicationStatusChange.create({
    data: {
      applicationId: app.id,
      from: app.status,
      to: "DECIDED",
      byId: actor.id,
      // The history is the case's record: its note is written once, in Danish, from the catalogue.
      note: translatorFor("da")("grantNotes.decided", { outcome: d.outcome }),
    },
  });
  await audit(tx, {
    actorId: actor.id,
    actorLabel: actor.email,
    action: "decision.record",
    entityType: "Application",
    entityId: app.id,
    committeeId: app.call.committeeId,
    changes: {
      outcome: d.outcome,
      amountOre: d.amountOre,
      years: d.years.map((y) => ({ ...y })),
      reasons: d.reasons,
      meetingId: d.meetingId ?? null,
      agendaItemId: d.agendaItemId ?? null,
      // Saved over the ledger's warning: by how much it exceeded what was available.
      ...(exceededOre === null ? {} : { exceededAvailableOre: exceededOre }),
    },
  });
  // The applicant has no language of their own on record: the letter is Danish.
  await queueMail(tx, {
    to: app.contactEmail,
    ...decisionLetter("da", {
      name: app.contactName,
      committee: app.call.committee.name,
      reference: app.reference ?? "",
      title: app.title,
      outcome: d.outcome as "GRANT" | "PARTIAL_GRANT" | "REFUSAL" | "POSTPONED",
      amountOre: d.amountOre,
      reasons: d.reasons,
    }),
    kind: "application.decision",
    applicationId: app.id,
  });
  return decision;
}
