import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { moveGrant } from "./move";
import { hashToken } from "@/lib/auth/tokens";
import { notRuledOut } from "@/lib/calls/queries";
import { translatorFor } from "@/lib/i18n/translator";
import { siteUrl } from "@/lib/installation/site";
import { queueMail } from "@/lib/mail/outbox";
import { applicantGrant } from "./applicant-access";
import { readGrant, type GrantFacts } from "./grant-read";
import { letterMail, letterText } from "./letter";
import { grantStatusesFor } from "./model";
import type { AcceptGrantInput, SendLetterInput } from "./schema";

const isUnique = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
const dayMs = 86_400_000;

/**
 * The private link the letter's mail carries. An application whose link still works keeps it: the mail points to
 * the link in the receipt, and the link the applicant (and the demo) already holds goes on working. Minting a new
 * token would silently kill that link, and its plain text is known to nobody but the applicant, so it cannot be
 * repeated in the mail. Only an application without a working link gets a new one, mailed once (`secret` masks it
 * in the outbox). Either way the link lives at least a year past the accounts deadline.
 */
function letterLink(g: GrantFacts, dueOn: Date, now: Date) {
  const works = g.link.hash !== null && (g.link.expiresAt === null || g.link.expiresAt > now);
  const until = new Date(dueOn.getTime() + 365 * dayMs);
  if (works) {
    const extend = g.link.expiresAt !== null && g.link.expiresAt < until;
    return { token: null, data: extend ? { accessExpiresAt: until } : {} };
  }
  const token = randomBytes(24).toString("base64url");
  return { token, data: { accessTokenHash: hashToken(token), accessExpiresAt: until } };
}

/**
 * Sends the grant letter of a granted application: the letter is written in Danish from the catalogue and stored as
 * sent, the application moves DECIDED → GRANT_LETTER_SENT over the version the secretariat saw, and the mail is
 * queued, all in one transaction with the audit entry. The unique letter per decision is the last line.
 */
export async function sendGrantLetter(actor: Actor, input: SendLetterInput, now = new Date()): Promise<void> {
  assertCan(actor, "grant:manage");
  const g = await readGrant(db(), {
    id: input.applicationId,
    call: { committeeId: { in: committeesWhere(actor, "grant:manage") } },
    ...notRuledOut(actor),
  });
  if (!g) throw new NotFoundError();
  assertCan(actor, "grant:manage", g.application.committeeId);
  if (g.letter) throw new UserError("letters.alreadySent");
  if (!grantStatusesFor("letterSent").includes(g.application.status as never))
    throw new UserError("letters.notDecided");
  const dueOn = new Date(`${input.accountsDueOn}T00:00:00Z`);
  if (Number.isNaN(dueOn.getTime())) throw new ValidationError({ accountsDueOn: "letters.dueRequired" });
  if (dueOn <= g.decision.decidedOn) throw new ValidationError({ accountsDueOn: "letters.dueInPast" });
  const advanceOre = input.payAdvance && g.defaults.advanceOre > 0 ? g.defaults.advanceOre : null;
  const body = letterText("da", {
    name: g.application.contactName,
    committee: g.application.committee,
    title: g.application.title,
    reference: g.application.reference,
    grantedOre: g.grantedOre,
    conditions: input.conditions,
    accountsDueOn: dueOn,
    advanceOre,
    auditorLimitOre: g.auditorLimitOre,
  });
  const link = letterLink(g, dueOn, now);
  const url = link.token ? `${await siteUrl()}/ansoegning/${link.token}` : null;
  try {
    await db().$transaction(async (tx) => {
      await moveGrant(tx, {
        applicationId: g.application.id,
        from: g.application.status,
        event: "letterSent",
        version: input.version,
        byId: actor.id,
        note: translatorFor("da")("letters.notes.letterSent"),
        data: link.data,
      });
      await tx.grantLetter.create({
        data: {
          decisionId: g.decision.id,
          body,
          conditions: input.conditions,
          accountsDueOn: dueOn,
          advanceOre: advanceOre === null ? null : BigInt(advanceOre),
          sentAt: now,
          sentById: actor.id,
        },
      });
      await audit(tx, {
        actorId: actor.id,
        actorLabel: actor.email,
        action: "grant.letterSent",
        entityType: "Application",
        entityId: g.application.id,
        committeeId: g.application.committeeId,
        changes: {
          accountsDueOn: input.accountsDueOn,
          advanceOre,
          conditions: input.conditions,
          newLink: link.token !== null,
        },
      });
      // The applicant has no language of their own on record: the letter is Danish.
      await queueMail(tx, {
        to: g.application.contactEmail,
        ...letterMail("da", {
          reference: g.application.reference,
          title: g.application.title,
          letter: body,
          link: url,
        }),
        kind: "grant-letter",
        applicationId: g.application.id,
        ...(link.token ? { secret: link.token } : {}),
      });
    });
  } catch (e) {
    if (isUnique(e)) throw new UserError("letters.alreadySent");
    if (e instanceof ConflictError) {
      const sent = await db().grantLetter.count({ where: { decisionId: g.decision.id } });
      if (sent > 0) throw new UserError("letters.alreadySent");
    }
    throw e;
  }
}

/**
 * The applicant accepts the grant, through the private link or signed in: GRANT_LETTER_SENT → GRANT_ACCEPTED is
 * claimed once, so a double click or a second tab is one acceptance and the second is told so.
 */
export async function acceptGrant(actor: Actor | null, input: AcceptGrantInput, now = new Date()): Promise<void> {
  const grant = await applicantGrant(db(), actor, input, now);
  const letter = await db().grantLetter.findFirst({
    where: { decision: { applicationId: grant.id }, sentAt: { not: null } },
    select: { id: true, acceptedAt: true },
  });
  if (!letter) throw new NotFoundError();
  if (letter.acceptedAt) throw new UserError("letters.alreadyAccepted");
  if (!grantStatusesFor("accepted").includes(grant.status as never)) throw new UserError("letters.notAcceptable");
  const byAccount = grant.via === "account" && actor ? actor.id : null;
  try {
    await db().$transaction(async (tx) => {
      await moveGrant(tx, {
        applicationId: grant.id,
        from: grant.status,
        event: "accepted",
        byId: byAccount,
        note: translatorFor("da")("letters.notes.accepted", { name: input.acceptedName }),
      });
      const taken = await tx.grantLetter.updateMany({
        where: { id: letter.id, acceptedAt: null },
        data: { acceptedAt: now, acceptedName: input.acceptedName, acceptedById: byAccount, version: { increment: 1 } },
      });
      if (taken.count !== 1) throw new ConflictError();
      await audit(tx, {
        actorId: byAccount,
        actorLabel: "applicant",
        action: "grant.accepted",
        entityType: "Application",
        entityId: grant.id,
        committeeId: grant.committeeId,
        changes: { acceptedName: input.acceptedName, via: grant.via },
      });
    });
  } catch (e) {
    if (e instanceof ConflictError) throw new UserError("letters.alreadyAccepted");
    throw e;
  }
}
