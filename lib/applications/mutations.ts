import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { UserError, ValidationError } from "@/lib/action-result";
import { recordHit, retryAfter } from "@/lib/auth/rate-limit";
import { queueMail } from "@/lib/mail/outbox";
import { formatKr } from "@/lib/i18n/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { attachmentLimits, checkAttachment, formatReference, isOpen, parseKroner } from "./model";
import type { ApplicationFormInput } from "./schema";

export type UploadedFile = { name: string; size: number; bytes: Uint8Array };

const applyWindow = { limit: 20, seconds: 60 * 60 };

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
  meta: { address: string; origin: string; now?: Date },
): Promise<{ reference: string; link: string | null; duplicate: boolean }> {
  const now = meta.now ?? new Date();
  const earlier = await db().application.findUnique({ where: { submitKey: input.submitKey }, select: { reference: true } });
  if (earlier?.reference) return { reference: earlier.reference, link: null, duplicate: true };

  const rateKey = `apply:addr:${meta.address}`;
  if ((await retryAfter(rateKey, applyWindow)) > 0) throw new UserError("apply.rateLimited");

  const call = await db().call.findFirst({
    where: { id: input.callId, deletedAt: null },
    select: { id: true, title: true, status: true, opensAt: true, deadline: true, minGrantOre: true, maxGrantOre: true, committee: { select: { id: true, slug: true, name: true } } },
  });
  if (!call || call.status === "DRAFT") throw new UserError("apply.callNotFound");
  if (!isOpen(call, now)) throw new UserError("apply.closed");

  const requestedOre = parseKroner(input.requested)!;
  const fieldErrors: Record<string, string> = {};
  if (call.maxGrantOre !== null && BigInt(requestedOre) > call.maxGrantOre) fieldErrors.requested = "apply.amountTooHigh";
  if (call.minGrantOre !== null && BigInt(requestedOre) < call.minGrantOre) fieldErrors.requested = "apply.amountTooLow";
  if (files.length > attachmentLimits.maxFiles) fieldErrors.attachments = "apply.tooManyFiles";
  const checked = files.map((f) => ({ file: f, result: checkAttachment(f.size, f.bytes.subarray(0, 16)) }));
  const badFile = checked.find((c) => !c.result.ok);
  if (badFile && !badFile.result.ok) fieldErrors.attachments = badFile.result.error;
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);

  await recordHit(rateKey, applyWindow);
  const token = randomBytes(24).toString("base64url");
  const link = `${meta.origin}/ansoegning/${token}`;
  const prefix = call.committee.slug.replace(/[^a-z]/gi, "").slice(0, 3).toUpperCase() || "LP";
  const year = now.getUTCFullYear();

  for (let attempt = 0; ; attempt++) {
    try {
      const reference = await db().$transaction(async (tx) => {
        const taken = await tx.application.count({ where: { reference: { startsWith: `${prefix}-${year}-` } } });
        const reference = formatReference(prefix, year, taken + 1 + attempt);
        const org = await tx.organisation.create({
          data: { name: input.organisationName, kind: input.organisationKind, cvr: input.cvr || null },
        });
        const app = await tx.application.create({
          data: {
            callId: call.id,
            organisationId: org.id,
            reference,
            submitKey: input.submitKey,
            accessTokenHash: hashToken(token),
            accessExpiresAt: new Date(now.getTime() + 2 * 365 * 86_400_000),
            contactName: input.contactName,
            contactEmail: input.contactEmail.toLowerCase(),
            contactPhone: input.contactPhone || null,
            title: input.title,
            description: input.description,
            targetGroup: input.targetGroup,
            periodText: input.periodText,
            requestedOre: BigInt(requestedOre),
            status: "SUBMITTED",
            submittedAt: now,
            retainUntil: new Date(Date.UTC(year + 5, 11, 31)),
            budgetLines: {
              create: input.budget.map((l, i) => ({ isIncome: l.kind === "income", label: l.label, amountOre: BigInt(parseKroner(l.amount)!), position: i })),
            },
            attachments: {
              create: checked.map(({ file, result }) => ({
                filename: file.name.slice(0, 200),
                mimeType: result.ok ? result.mime : "application/octet-stream",
                sizeBytes: file.size,
                sha256: createHash("sha256").update(file.bytes).digest("hex"),
                data: Buffer.from(file.bytes),
              })),
            },
            statusChanges: { create: [{ from: null, to: "SUBMITTED", note: "Indsendt via ansøgningsskemaet" }] },
          },
          select: { id: true },
        });
        await audit(tx, { actorId: null, actorLabel: input.contactEmail.toLowerCase(), action: "application.submit", entityType: "Application", entityId: app.id, committeeId: call.committee.id, changes: { reference, title: input.title } });
        await queueMail(tx, {
          to: input.contactEmail,
          subject: `Kvittering: ${reference} – ${input.title}`,
          body: [
            `Kære ${input.contactName}`,
            "",
            `Tak for jeres ansøgning til "${call.title}" hos ${call.committee.name}. Vi har modtaget den ${now.toISOString().slice(0, 10)}.`,
            `Journalnummer: ${reference}`,
            `Ansøgt beløb: ${formatKr(requestedOre)}`,
            "",
            "Følg ansøgningen, svar på spørgsmål og se afgørelsen her (linket er personligt; del det ikke):",
            link,
            "",
            "Venlig hilsen",
            `Sekretariatet for ${call.committee.name}`,
          ].join("\n"),
          kind: "application.receipt",
          applicationId: app.id,
        });
        return reference;
      });
      return { reference, link, duplicate: false };
    } catch (e) {
      const unique = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
      if (unique) {
        const again = await db().application.findUnique({ where: { submitKey: input.submitKey }, select: { reference: true } });
        if (again?.reference) return { reference: again.reference, link: null, duplicate: true };
        if (attempt < 5) continue;
      }
      throw e;
    }
  }
}
