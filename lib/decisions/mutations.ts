import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { parseKroner } from "@/lib/applications/model";
import { claimApplication } from "@/lib/applications/claim";
import { notRuledOut } from "@/lib/calls/queries";
import { canDecide, undecided } from "@/lib/screening/model";
import { translatorFor } from "@/lib/i18n/translator";
import { queueMail } from "@/lib/mail/outbox";
import { commitYears } from "./ledger";
import { decisionLetter } from "./letter";
import { checkDecision, isConditional } from "./model";
import type { DecisionFormInput } from "./schema";

/**
 * Records the committee's decision, moves the application to DECIDED, and
 * tells the applicant: exactly once. The application is claimed over the
 * version the secretariat saw and only from an undecided status, in the same
 * transaction as the decision, its mail and its audit entry; the unique index
 * on Decision.applicationId is the last line. An official ruled out of the
 * case (forvaltningsloven § 3) cannot reach it.
 */
export async function recordDecision(
  actor: Actor,
  input: DecisionFormInput,
  now = new Date(),
): Promise<{ id: string }> {
  assertCan(actor, "decision:record");
  const app = await db().application.findFirst({
    where: { id: input.applicationId, deletedAt: null, ...notRuledOut(actor) },
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      requestedOre: true,
      contactName: true,
      contactEmail: true,
      call: { select: { committeeId: true, poolId: true, committee: { select: { name: true } } } },
    },
  });
  if (!app) throw new NotFoundError();
  assertCan(actor, "decision:record", app.call.committeeId);
  if (!canDecide(app.status)) throw new UserError("decision.notDecidable");
  const amountOre = input.amount === "" ? null : parseKroner(input.amount);
  if (input.amount !== "" && amountOre === null) throw new ValidationError({ amount: "decision.amountInvalid" });
  const draft = {
    outcome: input.outcome,
    amountOre,
    requestedOre: Number(app.requestedOre),
    reasons: input.reasons,
    fundsYear: input.fundsYear,
    decidedOn: now,
  };
  const errors = checkDecision(draft);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  return db().$transaction(async (tx) => {
    await claimApplication(tx, app.id, { version: input.version, statuses: undecided }, { status: "DECIDED" });
    const decision = await tx.decision.create({
      data: {
        applicationId: app.id,
        outcome: input.outcome,
        amountOre: amountOre === null ? null : BigInt(amountOre),
        fundsYear: input.fundsYear,
        conditional: isConditional(input.fundsYear, now),
        reasons: input.reasons,
        decidedOn: now,
        recordedById: actor.id,
      },
      select: { id: true },
    });
    await commitYears(tx, decision.id, app.call.poolId, [{ year: input.fundsYear, amountOre: amountOre ?? 0 }], now);
    await tx.applicationStatusChange.create({
      data: {
        applicationId: app.id,
        from: app.status,
        to: "DECIDED",
        byId: actor.id,
        // The history is the case's record: its note is written once, in Danish, from the catalogue.
        note: translatorFor("da")("grantNotes.decided", { outcome: input.outcome }),
      },
    });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "decision.record",
      entityType: "Application",
      entityId: app.id,
      committeeId: app.call.committeeId,
      changes: { outcome: input.outcome, amountOre, fundsYear: input.fundsYear, reasons: input.reasons },
    });
    // The applicant has no language of their own on record: the letter is Danish.
    await queueMail(tx, {
      to: app.contactEmail,
      ...decisionLetter("da", {
        name: app.contactName,
        committee: app.call.committee.name,
        reference: app.reference ?? "",
        title: app.title,
        outcome: input.outcome,
        amountOre,
        reasons: input.reasons,
      }),
      kind: "application.decision",
      applicationId: app.id,
    });
    return decision;
  });
}
