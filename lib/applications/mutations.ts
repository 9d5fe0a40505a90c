import "server-only";
import { storedFile } from "@/lib/actions/files";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { ConflictError, UserError, ValidationError } from "@/lib/actions/errors";
import { claimApplication } from "./claim";
import { takeHit } from "@/lib/auth/rate-limit";
import { queueMail } from "@/lib/mail/outbox";
import type { Locale } from "@/lib/i18n/config";
import { Prisma } from "@/lib/generated/prisma/client";
import { draftMail, receiptMail, statusNote } from "./mail";
import { attachmentLimits, checkAttachment, formatReference, isOpen, parseKroner } from "./model";
import type { ApplicationDraftInput, ApplicationFormInput } from "./schema";

export type UploadedFile = { name: string; size: number; bytes: Uint8Array };

const applyWindow = { limit: 20, seconds: 60 * 60 };

/** Where the request came from, the site's own address for links, and the language the form was filled in. */
export type RequestMeta = { address: string; origin: string; locale?: Locale; now?: Date };

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A public application, without an account. Re-validated here; the deadline
 * is the server's clock; a repeated submit (double click, retry) with the
 * same submitKey returns the first result instead of a duplicate. The
 * private follow-up link's token is shown once and stored only as a hash.
 */
export async function submitApplication(
  input: ApplicationFormInput,
  files: readonly UploadedFile[],
  meta: RequestMeta,
): Promise<{ reference: string; link: string | null; duplicate: boolean }> {
  const now = meta.now ?? new Date();
  const earlier = await db().application.findUnique({
    where: { submitKey: input.submitKey },
    select: { reference: true },
  });
  if (earlier?.reference) return { reference: earlier.reference, link: null, duplicate: true };

  const rateKey = `apply:addr:${meta.address}`;

  const call = await db().call.findFirst({
    where: { id: input.callId, deletedAt: null },
    select: {
      id: true,
      title: true,
      status: true,
      opensAt: true,
      deadline: true,
      minGrantOre: true,
      maxGrantOre: true,
      committee: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!call || call.status === "DRAFT") throw new UserError("apply.callNotFound");
  if (!isOpen(call, now)) throw new UserError("apply.closed");

  const requestedOre = parseKroner(input.requested)!;
  const fieldErrors: Record<string, string> = {};
  if (call.maxGrantOre !== null && BigInt(requestedOre) > call.maxGrantOre)
    fieldErrors.requested = "apply.amountTooHigh";
  if (call.minGrantOre !== null && BigInt(requestedOre) < call.minGrantOre)
    fieldErrors.requested = "apply.amountTooLow";
  if (files.length > attachmentLimits.maxFiles) fieldErrors.attachments = "apply.tooManyFiles";
  const checked = files.map((f) => ({ file: f, result: checkAttachment(f.size, f.bytes.subarray(0, 16)) }));
  const badFile = checked.find((c) => !c.result.ok);
  if (badFile && !badFile.result.ok) fieldErrors.attachments = badFile.result.error;
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);

  // Checked and counted in one statement: parallel requests cannot slip past the limit.
  if (!(await takeHit(rateKey, applyWindow)).allowed) throw new UserError("apply.rateLimited");
  // A saved draft keeps its private link; a new application gets one.
  const token = input.draftToken || randomBytes(24).toString("base64url");
  const link = `${meta.origin}/ansoegning/${token}`;
  const prefix =
    call.committee.slug
      .replace(/[^a-z]/gi, "")
      .slice(0, 3)
      .toUpperCase() || "LP";
  const year = now.getUTCFullYear();

  for (let attempt = 0; ; attempt++) {
    try {
      const reference = await db().$transaction(async (tx) => {
        const draft = input.draftToken
          ? await tx.application.findFirst({
              where: {
                accessTokenHash: hashToken(input.draftToken),
                callId: call.id,
                status: "DRAFT",
                deletedAt: null,
              },
              select: { id: true, organisationId: true },
            })
          : null;
        if (input.draftToken && !draft) throw new UserError("apply.draftNotFound");
        // The draft is claimed first: of two tabs sending it at once, one sends it and the other is told it was
        // sent. First also in lock order: a draft save takes the application's row before the organisation's, so
        // the send does too (the other way round, a save racing the send could deadlock and lose the send).
        if (draft) await claimApplication(tx, draft.id, { statuses: ["DRAFT"] }, { status: "SUBMITTED" });
        const taken = await tx.application.count({ where: { reference: { startsWith: `${prefix}-${year}-` } } });
        const reference = formatReference(prefix, year, taken + 1 + attempt);
        const orgData = { name: input.organisationName, kind: input.organisationKind, cvr: input.cvr || null };
        const org = draft
          ? await tx.organisation.update({ where: { id: draft.organisationId }, data: orgData })
          : await tx.organisation.create({ data: orgData });
        const fields = {
          callId: call.id,
          organisationId: org.id,
          reference,
          submitKey: input.submitKey,
          accessTokenHash: hashToken(token),
          accessExpiresAt: new Date(now.getTime() + 2 * 365 * 86_400_000),
          ...typedFields(input),
          status: "SUBMITTED" as const,
          submittedAt: now,
          retainUntil: new Date(Date.UTC(year + 5, 11, 31)),
          attachments: {
            create: checked.map(({ file, result }) =>
              storedFile(file.name, file.bytes, result.ok ? result.mime : "application/octet-stream"),
            ),
          },
          statusChanges: {
            create: [
              {
                from: draft ? ("DRAFT" as const) : null,
                to: "SUBMITTED" as const,
                note: statusNote("submitted"),
              },
            ],
          },
        };
        if (draft) await tx.applicationBudgetLine.deleteMany({ where: { applicationId: draft.id } });
        const app = draft
          ? await tx.application.update({ where: { id: draft.id }, data: fields, select: { id: true } })
          : await tx.application.create({ data: fields, select: { id: true } });
        await audit(tx, {
          actorId: null,
          actorLabel: input.contactEmail.toLowerCase(),
          action: "application.submit",
          entityType: "Application",
          entityId: app.id,
          committeeId: call.committee.id,
          changes: { reference, title: input.title },
        });
        const receipt = { reference, title: input.title, contactName: input.contactName, requestedOre, link, now };
        await queueMail(tx, {
          to: input.contactEmail,
          ...receiptMail(meta.locale ?? "da", receipt, call),
          kind: "application.receipt",
          applicationId: app.id,
          secret: token,
        });
        return reference;
      });
      return { reference, link, duplicate: false };
    } catch (e) {
      if (e instanceof ConflictError && input.draftToken) {
        const sent = await db().application.findFirst({
          where: { accessTokenHash: hashToken(input.draftToken), status: { not: "DRAFT" } },
          select: { reference: true },
        });
        if (sent?.reference) return { reference: sent.reference, link: null, duplicate: true };
      }
      const unique = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
      if (unique) {
        const again = await db().application.findUnique({
          where: { submitKey: input.submitKey },
          select: { reference: true },
        });
        if (again?.reference) return { reference: again.reference, link: null, duplicate: true };
        if (attempt < 5) continue;
      }
      throw e;
    }
  }
}

/**
 * What the applicant typed, as the database holds it: the same for a draft
 * and a sent application (a draft's blank amounts are 0).
 */
function typedFields(input: ApplicationDraftInput) {
  return {
    contactName: input.contactName,
    contactEmail: input.contactEmail.toLowerCase(),
    contactPhone: input.contactPhone || null,
    title: input.title,
    description: input.description,
    targetGroup: input.targetGroup,
    periodText: input.periodText,
    requestedOre: BigInt(parseKroner(input.requested) ?? 0),
    budgetLines: {
      create: input.budget.map((l, i) => ({
        isIncome: l.kind === "income",
        label: l.label,
        amountOre: BigInt(parseKroner(l.amount) ?? 0),
        position: i,
      })),
    },
  };
}

/**
 * Saves what has been typed so far as a draft, without an account. The
 * first save mails a private link to continue from any device; later saves
 * through that link update the same draft. Drafts are never shown to staff.
 * Attachments are chosen when the application is sent.
 */
export async function saveDraft(
  input: ApplicationDraftInput,
  meta: RequestMeta,
): Promise<{ link: string | null; token: string }> {
  const now = meta.now ?? new Date();
  const call = await db().call.findFirst({
    where: { id: input.callId, deletedAt: null },
    select: {
      id: true,
      title: true,
      status: true,
      opensAt: true,
      deadline: true,
      committee: { select: { id: true, name: true } },
    },
  });
  if (!call || call.status === "DRAFT") throw new UserError("apply.callNotFound");
  if (!isOpen(call, now)) throw new UserError("apply.closed");
  const rateKey = `draft:addr:${meta.address}`;
  if (!input.draftToken) {
    if (!(await takeHit(rateKey, applyWindow)).allowed) throw new UserError("apply.rateLimited");
  }
  const fields = typedFields(input);
  const org = {
    name: input.organisationName,
    kind: input.organisationKind,
    cvr: /^\d{8}$/.test(input.cvr) ? input.cvr : null,
  };
  if (input.draftToken) {
    const draft = await db().application.findFirst({
      where: { accessTokenHash: hashToken(input.draftToken), callId: call.id, status: "DRAFT", deletedAt: null },
      select: { id: true, organisationId: true },
    });
    if (!draft) throw new UserError("apply.draftNotFound");
    await db().$transaction(async (tx) => {
      // Only while it is still a draft: a save racing the submit in another tab must not overwrite what was sent.
      try {
        await claimApplication(tx, draft.id, { statuses: ["DRAFT"] });
      } catch (e) {
        if (e instanceof ConflictError) throw new UserError("apply.draftNotFound");
        throw e;
      }
      await tx.organisation.update({ where: { id: draft.organisationId }, data: org });
      await tx.applicationBudgetLine.deleteMany({ where: { applicationId: draft.id } });
      await tx.application.update({ where: { id: draft.id }, data: fields });
    });
    return { link: null, token: input.draftToken };
  }
  const token = randomBytes(24).toString("base64url");
  const link = `${meta.origin}/ansoegning/${token}`;
  await db().$transaction(async (tx) => {
    const organisation = await tx.organisation.create({ data: org });
    const app = await tx.application.create({
      data: {
        ...fields,
        callId: call.id,
        organisationId: organisation.id,
        status: "DRAFT",
        accessTokenHash: hashToken(token),
        accessExpiresAt: call.deadline ?? new Date(now.getTime() + 365 * 86_400_000),
        statusChanges: { create: [{ from: null, to: "DRAFT", note: statusNote("draftSaved") }] },
      },
      select: { id: true },
    });
    await queueMail(tx, {
      to: input.contactEmail,
      ...draftMail(meta.locale ?? "da", { title: input.title, contactName: input.contactName, link }, call),
      kind: "application.draft",
      applicationId: app.id,
      secret: token,
    });
  });
  return { link, token };
}
