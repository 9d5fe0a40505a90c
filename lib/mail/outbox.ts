import "server-only";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";

// Mail is written to the outbox in the same transaction as what caused it,
// then delivered by SMTP when SMTP_URL is set. Without it (the demo, tests)
// the outbox is where staff and tests read it. Several instances may deliver
// at once: each takes rows with FOR UPDATE SKIP LOCKED.
export type MailInput = { to: string; subject: string; body: string; kind: string; applicationId?: string };

export async function queueMail(tx: Tx, mail: MailInput): Promise<void> {
  await tx.emailMessage.create({ data: { toAddress: mail.to, subject: mail.subject, body: mail.body, kind: mail.kind, applicationId: mail.applicationId } });
}

export async function deliverPending(limit = 20): Promise<number> {
  const url = env().SMTP_URL;
  if (!url) return 0;
  const nodemailer = await import("nodemailer");
  const transport = nodemailer.createTransport(url);
  let sent = 0;
  await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; toAddress: string; subject: string; body: string }[]>`
      SELECT "id", "toAddress", "subject", "body" FROM "EmailMessage"
      WHERE "sentAt" IS NULL AND "error" IS NULL ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    for (const row of rows) {
      try {
        await transport.sendMail({ from: env().MAIL_FROM, to: row.toAddress, subject: row.subject, text: row.body });
        await tx.emailMessage.update({ where: { id: row.id }, data: { sentAt: new Date() } });
        sent++;
      } catch (e) {
        await tx.emailMessage.update({ where: { id: row.id }, data: { error: (e as Error).message.slice(0, 500) } });
      }
    }
  });
  return sent;
}
