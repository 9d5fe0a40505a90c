import "server-only";
import { storedFile } from "@/lib/actions/files";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor, type Permission } from "@/lib/auth/permissions";
import { NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { checkAttachment, parseKroner } from "@/lib/applications/model";
import { notRuledOut, visibleApplicationsWhere } from "@/lib/calls/queries";
import { claimApplication } from "@/lib/applications/claim";
import { queueMail } from "@/lib/mail/outbox";
import { translatorFor } from "@/lib/i18n/translator";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { UploadedFile } from "@/lib/applications/mutations";
import { reencodeWithoutMetadata } from "./photo";
import { questionMail } from "./question-mail";
import { canScreen, canShortlist, diffAssignments, statusAfterEligibility, statusAfterShortlist } from "./model";
import type {
  AssignmentsInput,
  EligibilityInput,
  MessageInput,
  RecommendationInput,
  ShortlistInput,
  VisitInput,
} from "./schema";

/**
 * The application as this actor may act on it with this permission. The
 * where clause keeps out anyone ruled out for conflict of interest.
 */
async function applicationFor(actor: Actor, applicationId: string, permission: Permission) {
  assertCan(actor, permission);
  const app = await db().application.findFirst({
    where: { ...visibleApplicationsWhere(actor, committeesWhere(actor, permission)), id: applicationId },
    select: {
      id: true,
      status: true,
      eligible: true,
      shortlisted: true,
      reference: true,
      title: true,
      contactName: true,
      contactEmail: true,
      call: { select: { id: true, committeeId: true, committee: { select: { name: true } } } },
    },
  });
  if (!app) throw new NotFoundError();
  assertCan(actor, permission, app.call.committeeId);
  return app;
}

type App = Awaited<ReturnType<typeof applicationFor>>;

/**
 * Notes in the status history are written once, in Danish, from the
 * catalogue: the history is the case's record, read the same by everyone,
 * and beside them stand notes typed by people (an eligibility reason).
 */
const note = translatorFor("da");

async function moveStatus(tx: Tx, app: App, to: ApplicationStatus, actor: Actor, note: string) {
  if (to === app.status) return;
  await tx.applicationStatusChange.create({
    data: { applicationId: app.id, from: app.status, to, byId: actor.id, note },
  });
}

const auditFor = (actor: Actor, app: App, action: string, changes: Record<string, unknown>) => ({
  actorId: actor.id,
  actorLabel: actor.email,
  action,
  entityType: "Application",
  entityId: app.id,
  committeeId: app.call.committeeId,
  changes: changes as never,
});

/** Eligible or not, with a reason when not; an eligible application goes on to scoring. */
export async function setEligibility(actor: Actor, input: EligibilityInput): Promise<void> {
  const app = await applicationFor(actor, input.applicationId, "application:screen");
  if (!canScreen(app.status)) throw new UserError("screening.notScreenable");
  const eligible = input.eligible === "yes";
  if (!eligible && input.reason.trim().length < 10) throw new ValidationError({ reason: "screening.reasonRequired" });
  const to = statusAfterEligibility(eligible);
  await db().$transaction(async (tx) => {
    await claimApplication(
      tx,
      app.id,
      { version: input.version },
      { eligible, eligibilityReason: input.reason || null, status: to },
    );
    await moveStatus(tx, app, to, actor, input.reason);
    await audit(tx, auditFor(actor, app, "application.eligibility", { eligible, reason: input.reason }));
  });
}

/** A question to the applicant: a message in the thread, a mail, and the application waits for the answer. */
export async function askForInformation(actor: Actor, input: MessageInput): Promise<void> {
  const app = await applicationFor(actor, input.applicationId, "application:screen");
  if (!canScreen(app.status)) throw new UserError("screening.notScreenable");
  await db().$transaction(async (tx) => {
    await claimApplication(tx, app.id, { version: input.version }, { status: "AWAITING_INFO" });
    await tx.applicationMessage.create({
      data: { applicationId: app.id, fromApplicant: false, authorId: actor.id, body: input.body },
    });
    await moveStatus(tx, app, "AWAITING_INFO", actor, note("grantNotes.question"));
    await audit(tx, auditFor(actor, app, "application.ask", { body: input.body }));
    // The applicant has no language of their own on record: the mail is Danish.
    await queueMail(tx, {
      to: app.contactEmail,
      ...questionMail("da", {
        name: app.contactName,
        committee: app.call.committee.name,
        reference: app.reference ?? "",
        title: app.title,
        question: input.body,
      }),
      kind: "application.question",
      applicationId: app.id,
    });
  });
}

export async function setShortlisted(actor: Actor, input: ShortlistInput): Promise<void> {
  const app = await applicationFor(actor, input.applicationId, "application:screen");
  const shortlisted = input.shortlisted === "yes";
  if (shortlisted && !canShortlist(app.status, app.eligible)) throw new UserError("screening.notShortlistable");
  const to = statusAfterShortlist(app.status, shortlisted);
  await db().$transaction(async (tx) => {
    await claimApplication(tx, app.id, { version: input.version }, { shortlisted, status: to });
    await moveStatus(tx, app, to, actor, note(shortlisted ? "grantNotes.shortlisted" : "grantNotes.unshortlisted"));
    await audit(tx, auditFor(actor, app, shortlisted ? "application.shortlist" : "application.unshortlist", {}));
  });
}

const imageTypes = new Set(["image/png", "image/jpeg", "image/webp"]);
/** The attachment check's findings, in the visit form's words. */
const photoProblems = {
  "apply.fileEmpty": "screening.photoEmpty",
  "apply.fileTooLarge": "screening.photoTooLarge",
  "apply.fileType": "screening.photoType",
} as const;

/** A visit: date, who went (members of the committee), notes and photos (images, checked by their bytes). */
export async function recordVisit(
  actor: Actor,
  input: VisitInput,
  photos: readonly UploadedFile[],
): Promise<{ id: string }> {
  const app = await applicationFor(actor, input.applicationId, "application:screen");
  if (!canShortlist(app.status, app.eligible)) throw new UserError("screening.notShortlistable");
  const visitedOn = new Date(`${input.visitedOn}T12:00:00Z`);
  if (Number.isNaN(visitedOn.getTime())) throw new ValidationError({ visitedOn: "screening.dateInvalid" });
  const checked = photos.map((f) => ({ file: f, result: checkAttachment(f.size, f.bytes.subarray(0, 16)) }));
  if (photos.length > 10) throw new ValidationError({ photos: "screening.tooManyPhotos" });
  for (const c of checked) {
    if (!c.result.ok) throw new ValidationError({ photos: photoProblems[c.result.error] });
    if (!imageTypes.has(c.result.mime)) throw new ValidationError({ photos: "screening.photoType" });
  }
  // One at a time: several large photos decoded at once would take a small server's memory.
  const stored: { name: string; mime: string; bytes: Buffer }[] = [];
  for (const { file, result } of checked) {
    const bytes = result.ok ? await reencodeWithoutMetadata(file.bytes, result.mime) : null;
    if (!bytes || !result.ok) throw new ValidationError({ photos: "screening.photoUnreadable" });
    stored.push({ name: file.name, mime: result.mime, bytes });
  }
  const members = await db().membership.findMany({
    where: { committeeId: app.call.committeeId, userId: { in: input.participants }, role: { not: "APPLICANT" } },
    distinct: ["userId"],
    select: { userId: true },
  });
  if (members.length !== new Set(input.participants).size)
    throw new ValidationError({ participants: "screening.participantsInvalid" });
  const to: ApplicationStatus = app.status === "SHORTLISTED" || app.status === "SCORING" ? "VISITED" : app.status;
  return db().$transaction(async (tx) => {
    await claimApplication(tx, app.id, { version: input.version }, { status: to });
    const visit = await tx.visit.create({
      data: {
        applicationId: app.id,
        visitedOn,
        notes: input.notes,
        createdById: actor.id,
        participants: { create: members.map((m) => ({ userId: m.userId })) },
        photos: {
          create: stored.map((photo) => ({
            ...storedFile(photo.name, photo.bytes, photo.mime),
            altText: input.photoAlt,
            uploadedById: actor.id,
          })),
        },
      },
      select: { id: true },
    });
    await moveStatus(tx, app, to, actor, note("grantNotes.visit", { date: input.visitedOn }));
    await audit(
      tx,
      auditFor(actor, app, "application.visit", {
        visitedOn: input.visitedOn,
        participants: members.map((m) => m.userId),
        photos: photos.length,
      }),
    );
    return visit;
  });
}

/** The recommendation (indstilling) to the deciding body. A member ruled out cannot reach the application. */
export async function recommend(actor: Actor, input: RecommendationInput): Promise<{ id: string }> {
  const app = await applicationFor(actor, input.applicationId, "application:recommend");
  if (!canShortlist(app.status, app.eligible)) throw new UserError("screening.notShortlistable");
  const amountOre = input.amount === "" ? null : parseKroner(input.amount);
  if (input.amount !== "" && amountOre === null) throw new ValidationError({ amount: "decision.amountInvalid" });
  if ((input.outcome === "GRANT" || input.outcome === "PARTIAL_GRANT") && !amountOre)
    throw new ValidationError({ amount: "decision.amountRequired" });
  return db().$transaction(async (tx) => {
    await claimApplication(tx, app.id, { version: input.version }, { status: "RECOMMENDED" });
    const rec = await tx.recommendation.create({
      data: {
        applicationId: app.id,
        outcome: input.outcome,
        amountOre: amountOre === null ? null : BigInt(amountOre),
        text: input.text,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await moveStatus(tx, app, "RECOMMENDED", actor, note("grantNotes.recommendation"));
    await audit(
      tx,
      auditFor(actor, app, "application.recommend", { outcome: input.outcome, amountOre, text: input.text }),
    );
    return rec;
  });
}

/** Who scores what in a call. Only the call's committee members may be assigned; ruled-out members never are. */
export async function saveAssignments(
  actor: Actor,
  input: AssignmentsInput,
): Promise<{ added: number; removed: number }> {
  assertCan(actor, "application:screen");
  const call = await db().call.findFirst({
    where: { id: input.callId, deletedAt: null, committeeId: { in: committeesWhere(actor, "application:screen") } },
    select: { id: true, committeeId: true },
  });
  if (!call) throw new NotFoundError();
  assertCan(actor, "application:screen", call.committeeId);
  const [apps, members, current, ruledOut] = await Promise.all([
    db().application.findMany({
      where: {
        callId: call.id,
        deletedAt: null,
        status: { notIn: ["DRAFT", "WITHDRAWN", "INELIGIBLE"] },
        ...notRuledOut(actor),
      },
      select: { id: true },
    }),
    db().membership.findMany({ where: { committeeId: call.committeeId, role: "MEMBER" }, select: { userId: true } }),
    db().reviewAssignment.findMany({
      where: { application: { callId: call.id } },
      select: { applicationId: true, userId: true },
    }),
    db().conflictDeclaration.findMany({
      where: { application: { callId: call.id }, excluded: true },
      select: { applicationId: true, userId: true },
    }),
  ]);
  const appIds = new Set(apps.map((a) => a.id));
  const memberIds = new Set(members.map((m) => m.userId));
  const stray = input.pairs.find((p) => !appIds.has(p.applicationId) || !memberIds.has(p.userId));
  if (stray) throw new UserError("screening.assignmentInvalid");
  // Withdrawn and ineligible applications are not in the grid; their assignments stay as they were.
  const { add, remove } = diffAssignments(
    current.filter((p) => appIds.has(p.applicationId)),
    input.pairs,
    ruledOut,
  );
  await db().$transaction(async (tx) => {
    if (add.length) await tx.reviewAssignment.createMany({ data: add, skipDuplicates: true });
    for (const r of remove) await tx.reviewAssignment.delete({ where: { applicationId_userId: r } });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "call.assignments",
      entityType: "Call",
      entityId: call.id,
      committeeId: call.committeeId,
      changes: { added: add, removed: remove },
    });
  });
  return { added: add.length, removed: remove.length };
}
