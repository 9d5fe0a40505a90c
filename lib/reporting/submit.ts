import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { ConflictError, UserError, ValidationError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/auth/permissions";
import { moveGrant } from "@/lib/grants/move";
import { applicantGrant } from "@/lib/grants/applicant-access";
import { nextGrantStatus } from "@/lib/grants/model";
import { translatorFor } from "@/lib/i18n/translator";
import { checkDocuments, type PostedDocuments } from "./documents";
import { checkAccounts } from "./model";
import type { AccountsFormInput } from "./schema";

/** Notes on the status history are a record: written in Danish when the step is taken (lib/applications/mail.ts). */
const caseRecord = translatorFor("da");

/**
 * The applicant reports back (private link or own account): the actual amount of every expense line of the
 * application and nothing else, income, documentation, the evaluation. The first report creates the accounts; an
 * answer after "more requested" updates them over the version the page showed, and the earlier lines stay in the
 * audit entry, the earlier evaluation as its own row, the answer in the case's thread. The status moves to
 * ACCOUNTS_RECEIVED by a conditional update: of two tabs sending at once, one wins and the other is told.
 */
export async function submitAccounts(
  actor: Actor | null,
  input: AccountsFormInput,
  posted: PostedDocuments,
  now = new Date(),
): Promise<void> {
  const grant = await applicantGrant(db(), actor, input, now);
  const app = await db().application.findUniqueOrThrow({
    where: { id: grant.id },
    select: {
      id: true,
      status: true,
      contactEmail: true,
      budgetLines: { where: { isIncome: false }, select: { id: true, label: true, amountOre: true } },
      accounts: {
        select: {
          id: true,
          version: true,
          lines: { select: { label: true, isIncome: true, actualOre: true } },
          _count: { select: { attachments: { where: { deletedAt: null } } } },
        },
      },
    },
  });
  if (!nextGrantStatus(app.status, "accountsSubmitted")) throw new UserError("reporting.notOpen");
  const budget = app.budgetLines.map((b) => ({ ...b, amountOre: Number(b.amountOre) }));
  const checked = checkAccounts(budget, input.lines, input.income);
  const docs = checkDocuments(posted, app.accounts?._count.attachments ?? 0);
  const errors: Record<string, string> = { ...(checked.ok ? {} : checked.errors), ...docs.errors };
  const returned = app.status === "ACCOUNTS_RETURNED";
  if (returned && !input.answer) errors.answer = "reporting.answerRequired";
  if (Object.keys(errors).length || !checked.ok) throw new ValidationError(errors);
  if ((app.accounts?.version ?? 0) !== input.version) throw new ConflictError();

  const lines = [
    ...checked.value.lines.map((l) => ({
      budgetLineId: l.budgetLineId,
      label: l.label,
      isIncome: false,
      budgetOre: BigInt(l.budgetOre),
      actualOre: BigInt(l.actualOre),
    })),
    ...checked.value.income.map((l) => ({
      label: l.label,
      isIncome: true,
      budgetOre: 0n,
      actualOre: BigInt(l.actualOre),
    })),
  ];
  const participants = input.participants === "" ? null : Number(input.participants);
  await db().$transaction(async (tx) => {
    await moveGrant(tx, {
      applicationId: app.id,
      from: app.status,
      event: "accountsSubmitted",
      byId: actor?.id ?? null,
      note: caseRecord(returned ? "reporting.notes.answered" : "reporting.notes.submitted"),
    });
    const fields = { receivedAt: now, submittedName: input.submittedName };
    let accountsId: string;
    if (app.accounts) {
      const { count } = await tx.accountsReport.updateMany({
        where: { id: app.accounts.id, version: input.version, status: "MORE_REQUESTED" },
        data: { ...fields, status: "SUBMITTED", answerText: input.answer, version: { increment: 1 } },
      });
      if (count !== 1) throw new ConflictError();
      accountsId = app.accounts.id;
      await tx.accountLine.deleteMany({ where: { accountsId } });
      await tx.accountLine.createMany({ data: lines.map((l) => ({ ...l, accountsId })) });
    } else {
      accountsId = (
        await tx.accountsReport.create({ data: { applicationId: app.id, ...fields, lines: { create: lines } } })
      ).id;
    }
    if (docs.rows.length)
      await tx.attachment.createMany({ data: docs.rows.map((r) => ({ ...r, accountsId, uploadedById: actor?.id })) });
    await tx.evaluation.create({
      data: {
        applicationId: app.id,
        text: input.text,
        participants,
        criteriaText: input.criteriaText,
        receivedAt: now,
      },
    });
    if (returned)
      await tx.applicationMessage.create({ data: { applicationId: app.id, fromApplicant: true, body: input.answer } });
    await audit(tx, {
      actorId: actor?.id ?? null,
      actorLabel: actor?.email ?? app.contactEmail,
      action: returned ? "accounts.answer" : "accounts.submit",
      entityType: "AccountsReport",
      entityId: accountsId,
      committeeId: grant.committeeId,
      changes: {
        submittedName: input.submittedName,
        before: app.accounts ? app.accounts.lines.map((l) => ({ ...l, actualOre: Number(l.actualOre) })) : null,
        lines: lines.map((l) => ({ label: l.label, isIncome: l.isIncome, actualOre: Number(l.actualOre) })),
        files: docs.rows.map((r) => ({ filename: r.filename, sha256: r.sha256, isReceipt: r.isReceipt })),
        ...(returned ? { answer: input.answer } : {}),
      },
    });
  });
}
