import "server-only";
import { db, type Reader, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { readInstallation } from "@/lib/installation/settings";
import { anonymisationsDue, anonymisedText, blank, closedStatuses, scrub, type DueAnonymisation } from "./model";

// The retention job (nightly, lib/jobs): closed cases whose period has run out (./model.ts) lose the applicant's
// contact data and the free text nobody published. What goes and what stays:
//   Application      contact name, e-mail and phone go, with the link to an applicant account and the private link;
//                    the description, target group and success criteria go (the public site shows the title and
//                    the public summary, which stay, as do amounts, statuses and the public name the secretariat
//                    chose); the screening reason, the status notes and a title never published stay as records
//                    with the person's identifiers taken out.
//   Organisation     its address goes, and a private person's name (it is the person's own) once none of its
//                    applications is still kept; an association's name, CVR and website stay.
//   ApplicationMessage, Visit notes, unpublished Evaluation texts, the accounts' name, request, answer and note
//                    go; a published evaluation stays. The grant letter's accepted name goes, its body stays as the
//                    record of the decision with the identifiers taken out.
//   Decision         stays (outcome, amount, dates); its reasons and conditions lose the person's identifiers.
//   Attachment       a case without a grant loses the files the applicant sent (bytes gone, soft-deleted, the
//                    name scrubbed; size and sha256 stay as the record that a file was there). A granted case keeps
//                    its files: they are the basis of a payment, and receipts are book-keeping.
//   EmailMessage     mails about the application lose address and body (subject and delivery error scrubbed); one
//                    still unsent is marked so the outbox never sends it.
//   Stay untouched   amounts, payments, scores, recommendations, agenda items and minutes (the committee's
//                    records), and the audit log but the applicant's identifiers (below).
// Each application is one transaction that claims it (anonymisedAt still null), so a second run, or a second
// instance at the same moment, changes nothing. updatedAt is kept: the public sitemap dates a page by it, and
// nothing public changed.

export type RetentionOptions = { onAnonymised?: (applicationId: string) => void | Promise<void> };

/** One run: anonymises every case due on `now`. Returns how many it anonymised. */
export async function runRetention(now: Date, options: RetentionOptions = {}): Promise<number> {
  const { retentionMonths } = await readInstallation(db());
  const due = anonymisationsDue(await closedCases(db()), retentionMonths, now);
  let done = 0;
  const failed: unknown[] = [];
  for (const d of due) {
    // One case that fails (a lock held elsewhere past the timeout) is left for the next run; the others go on.
    try {
      if (await db().$transaction((tx) => anonymiseApplication(tx, d, retentionMonths, now))) {
        done++;
        await options.onAnonymised?.(d.applicationId);
      }
    } catch (e) {
      failed.push(e);
    }
  }
  if (failed.length > 0)
    throw new AggregateError(failed, `${failed.length} of ${due.length} cases could not be anonymised (${done} were)`);
  return done;
}

async function closedCases(reader: Reader, id?: string) {
  const rows = await reader.application.findMany({
    where: {
      ...(id ? { id } : {}),
      anonymisedAt: null,
      OR: [{ status: { in: [...closedStatuses] } }, { status: "DECIDED", decisions: { some: { outcome: "REFUSAL" } } }],
    },
    select: {
      id: true,
      status: true,
      withdrawnAt: true,
      updatedAt: true,
      retainUntil: true,
      anonymisedAt: true,
      decisions: { select: { outcome: true, decidedOn: true } },
      statusChanges: { orderBy: { at: "desc" }, select: { to: true, at: true } },
    },
  });
  return rows.map((r) => ({
    applicationId: r.id,
    status: r.status,
    outcome: r.decisions[0]?.outcome ?? null,
    decidedOn: r.decisions[0]?.decidedOn ?? null,
    enteredStatusAt: r.statusChanges.find((c) => c.to === r.status)?.at ?? null,
    withdrawnAt: r.withdrawnAt,
    updatedAt: r.updatedAt,
    retainUntil: r.retainUntil,
    anonymisedAt: r.anonymisedAt,
  }));
}

async function anonymiseApplication(
  tx: Tx,
  due: DueAnonymisation,
  retentionMonths: number,
  now: Date,
): Promise<boolean> {
  const id = due.applicationId;
  // Taken in turn with any other run: the claim below decides, the lock keeps the reads consistent with it.
  await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${id} FOR UPDATE`;
  // The list was read before the run began: under the lock the case must still be closed and due (a screened-out
  // case may have been taken up again since).
  if (anonymisationsDue(await closedCases(tx, id), retentionMonths, now).length === 0) return false;
  const app = await tx.application.findUnique({
    where: { id },
    select: {
      anonymisedAt: true,
      updatedAt: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      eligibilityReason: true,
      title: true,
      publishedAt: true,
      description: true,
      targetGroup: true,
      successCriteria: true,
      call: { select: { committeeId: true } },
      organisation: { select: { id: true, kind: true, name: true, address: true } },
      accounts: { select: { id: true, submittedName: true, requestText: true, answerText: true, note: true } },
      decisions: {
        select: {
          id: true,
          outcome: true,
          reasons: true,
          conditions: true,
          aboveRequestReason: true,
          grantLetter: { select: { id: true, body: true, acceptedName: true } },
        },
      },
      statusChanges: { select: { id: true, note: true } },
    },
  });
  if (!app || app.anonymisedAt) return false;
  const privatePerson = app.organisation.kind === "PRIVATE_PERSON";
  const who = [
    app.contactName,
    app.contactEmail,
    app.contactPhone,
    app.accounts?.submittedName,
    ...app.decisions.map((d) => d.grantLetter?.acceptedName),
    privatePerson ? app.organisation.name : null,
  ];

  await tx.application.update({
    where: { id },
    data: {
      contactName: anonymisedText,
      contactEmail: "",
      contactPhone: null,
      applicantId: null,
      accessTokenHash: null,
      accessExpiresAt: null,
      description: blank(app.description),
      targetGroup: blank(app.targetGroup),
      successCriteria: blank(app.successCriteria),
      eligibilityReason: app.eligibilityReason === null ? null : scrub(app.eligibilityReason, who),
      // A published title is on the public site and stays as it is; one never published may name the person.
      title: app.publishedAt ? app.title : scrub(app.title, who),
      anonymisedAt: now,
      updatedAt: app.updatedAt,
    },
  });
  for (const c of app.statusChanges) {
    const note = scrub(c.note, who);
    if (note !== c.note) await tx.applicationStatusChange.update({ where: { id: c.id }, data: { note } });
  }
  const messages = await tx.applicationMessage.updateMany({
    where: { applicationId: id, body: { not: anonymisedText } },
    data: { body: anonymisedText },
  });
  const visits = await tx.visit.updateMany({
    where: { applicationId: id, notes: { notIn: ["", anonymisedText] } },
    data: { notes: anonymisedText },
  });
  const evaluations = await tx.evaluation.updateMany({
    where: { applicationId: id, published: false },
    data: { text: anonymisedText, criteriaText: "" },
  });
  if (app.accounts) {
    const a = app.accounts;
    await tx.accountsReport.update({
      where: { id: a.id },
      data: {
        submittedName: blank(a.submittedName),
        requestText: a.requestText === null ? null : blank(a.requestText),
        answerText: a.answerText === null ? null : blank(a.answerText),
        note: blank(a.note),
      },
    });
  }
  for (const d of app.decisions) {
    const scrubbed = {
      reasons: scrub(d.reasons, who),
      conditions: scrub(d.conditions, who),
      aboveRequestReason: d.aboveRequestReason === null ? null : scrub(d.aboveRequestReason, who),
    };
    const changed = (Object.keys(scrubbed) as (keyof typeof scrubbed)[]).some((k) => scrubbed[k] !== d[k]);
    if (changed) await tx.decision.update({ where: { id: d.id }, data: scrubbed });
    const letter = d.grantLetter;
    if (!letter) continue;
    await tx.grantLetter.update({
      where: { id: letter.id },
      data: { body: scrub(letter.body, who), acceptedName: letter.acceptedName === null ? null : anonymisedText },
    });
  }
  const granted = app.decisions.some((d) => d.outcome === "GRANT" || d.outcome === "PARTIAL_GRANT");
  const files = granted ? 0 : await removeApplicationFiles(tx, id, who, now);
  const emails = await anonymiseMails(tx, id, who);
  const organisation = await anonymiseOrganisation(tx, app.organisation, id);
  const auditEntries = await anonymiseAuditTrail(tx, id, who);

  await audit(tx, {
    actorId: null,
    actorLabel: "system",
    action: "privacy.anonymised",
    entityType: "Application",
    entityId: id,
    committeeId: app.call.committeeId,
    changes: {
      closedOn: due.closedOn.toISOString(),
      keptUntil: due.keepUntil.toISOString(),
      messages: messages.count,
      auditEntries,
      visits: visits.count,
      evaluations: evaluations.count,
      emails,
      files,
      organisation,
    },
  });
  return true;
}

async function anonymiseMails(tx: Tx, applicationId: string, who: readonly (string | null | undefined)[]) {
  const mails = await tx.emailMessage.findMany({
    where: { applicationId },
    select: { id: true, subject: true, sentAt: true, error: true, lastError: true },
  });
  for (const m of mails)
    await tx.emailMessage.update({
      where: { id: m.id },
      data: {
        toAddress: "",
        subject: scrub(m.subject, who),
        body: anonymisedText,
        sealedBody: null,
        // Never delivered now: the outbox sends only mails without an error. A server's refusal may quote the address.
        error: m.sentAt === null ? scrub(m.error ?? "anonymised before delivery", who) : m.error && scrub(m.error, who),
        lastError: m.lastError && scrub(m.lastError, who),
      },
    });
  return mails.length;
}

/** A case without a grant: the files the applicant sent lose their bytes and are soft-deleted. Returns how many. */
async function removeApplicationFiles(
  tx: Tx,
  applicationId: string,
  who: readonly (string | null | undefined)[],
  now: Date,
): Promise<number> {
  const files = await tx.attachment.findMany({
    where: { applicationId, isReceipt: false, OR: [{ data: { not: null } }, { deletedAt: null }] },
    select: { id: true, filename: true, deletedAt: true },
  });
  for (const f of files)
    await tx.attachment.update({
      where: { id: f.id },
      data: { data: null, filename: scrub(f.filename, who), deletedAt: f.deletedAt ?? now },
    });
  return files.length;
}

/** The organisation's address (and a private person's name) go once no application of it is still kept. */
async function anonymiseOrganisation(
  tx: Tx,
  org: { id: string; kind: string; name: string; address: string | null },
  applicationId: string,
): Promise<boolean> {
  // Taken in turn with a run anonymising another of its applications: each counts the other's as kept otherwise,
  // and neither anonymises the organisation. Under the lock the count sees what the other run committed.
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${org.id} FOR UPDATE`;
  const kept = await tx.application.count({
    where: { organisationId: org.id, id: { not: applicationId }, anonymisedAt: null },
  });
  if (kept > 0) return false;
  const privatePerson = org.kind === "PRIVATE_PERSON";
  await tx.organisation.update({
    where: { id: org.id },
    data: { address: null, ...(privatePerson ? { name: anonymisedText, cvr: null } : {}) },
  });
  return true;
}

/**
 * The audit log about the application keeps what was done, when and by which of the staff: what the applicant did
 * loses their address as its label and what they wrote (the text is removed with the rest of it); what the staff
 * did keeps its record with the applicant's identifiers taken out. Returns how many entries changed.
 */
async function anonymiseAuditTrail(tx: Tx, applicationId: string, who: readonly (string | null | undefined)[]) {
  const identifiers = who.map((w) => (w ?? "").trim().toLowerCase()).filter((w) => w.length > 0);
  const entries = await tx.auditEntry.findMany({
    where: { entityType: "Application", entityId: applicationId, action: { not: "privacy.anonymised" } },
    select: { id: true, actorId: true, actorLabel: true, changes: true },
  });
  let changed = 0;
  for (const e of entries) {
    const byApplicant = e.actorId === null && identifiers.includes(e.actorLabel.trim().toLowerCase());
    const before = JSON.stringify(e.changes);
    const after = byApplicant || e.changes === null ? null : scrubbedJson(before, who);
    if (!byApplicant && after === before) continue;
    await tx.$executeRaw`
      UPDATE "AuditEntry" SET "actorLabel" = ${byApplicant ? anonymisedText : e.actorLabel},
        "changes" = ${after}::jsonb WHERE "id" = ${e.id}`;
    changed++;
  }
  return changed;
}

/** A JSON text with the identifiers taken out of its strings; if that left it unreadable, nothing of it. */
function scrubbedJson(json: string, who: readonly (string | null | undefined)[]): string | null {
  const scrubbed = scrub(json, who);
  try {
    JSON.parse(scrubbed);
    return scrubbed;
  } catch {
    return null;
  }
}
