import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { parseKroner } from "@/lib/applications/model";
import { notRuledOut } from "@/lib/calls/queries";
import { canDecide } from "@/lib/screening/model";
import { delegated } from "@/lib/meetings/live-rules";
import { applicationForDecisionSelect, decideApplication } from "./decide";
import { checkDecision } from "./model";
import type { DecisionFormInput } from "./schema";

/**
 * Records a decision the secretariat takes under delegation (outside a meeting), moves the application to DECIDED, and
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
    select: applicationForDecisionSelect,
  });
  if (!app) throw new NotFoundError();
  assertCan(actor, "decision:record", app.call.committeeId);
  // Outside a meeting only where the call delegates its decisions to the secretariat; otherwise at a meeting.
  if (!delegated(app.call)) throw new UserError("meetingLive.errors.notDelegated");
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

  return db().$transaction((tx) =>
    decideApplication(
      tx,
      actor,
      app,
      input.version,
      {
        outcome: input.outcome,
        amountOre,
        years: [{ year: input.fundsYear, amountOre: amountOre ?? 0 }],
        reasons: input.reasons,
        decidingBody: "SECRETARIAT",
        overCommitConfirmed: input.overCommitConfirmed ?? false,
      },
      now,
    ),
  );
}
