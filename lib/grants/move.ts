import "server-only";
import type { Tx } from "@/lib/db";
import { claimApplication } from "@/lib/applications/claim";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { grantStatusesFor, nextGrantStatus, type GrantEvent, type GrantStatus } from "./model";

/**
 * One step of a grant's life, written in the caller's transaction: the claim (the application must still be in the
 * status the caller read, and the event must start from it: of two racing requests exactly one moves it, the other
 * gets a ConflictError and writes nothing) and the step in the status history, with its note as a record. Every
 * step of the money issue (letters, payments, accounts, the lapse) moves through here.
 */
export async function moveGrant(
  tx: Tx,
  p: {
    applicationId: string;
    /** The status the caller read (the history's "from"). */
    from: string;
    event: GrantEvent;
    /** The version the person's page showed, when the step is a form over the case (the letter). */
    version?: number;
    byId: string | null;
    note: string;
    at?: Date;
    data?: Omit<Prisma.ApplicationUpdateManyMutationInput, "version" | "status">;
  },
): Promise<GrantStatus> {
  const to = nextGrantStatus(p.from, p.event) ?? grantTarget(p.event);
  // Claimed from the status the caller read, so the history's "from" is true: a step taken in between (another tab,
  // the job runner) makes this one a conflict rather than a second move from a status no longer there.
  const guard = { version: p.version, statuses: grantStatusesFor(p.event).filter((s) => s === p.from) };
  await claimApplication(tx, p.applicationId, guard, { ...p.data, status: to });
  await tx.applicationStatusChange.create({
    data: {
      applicationId: p.applicationId,
      from: p.from as ApplicationStatus,
      to,
      byId: p.byId,
      note: p.note,
      ...(p.at ? { at: p.at } : {}),
    },
  });
  return to;
}

/** Where an event leads, whatever it starts from (the claim above refuses a wrong start). */
function grantTarget(event: GrantEvent): GrantStatus {
  return nextGrantStatus(grantStatusesFor(event)[0]!, event)!;
}
