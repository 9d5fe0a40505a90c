import "server-only";
import { db, type Tx } from "@/lib/db";
import { after } from "next/server";
import { env } from "@/lib/env";
import { mailSender } from "@/lib/installation/site";
import { componentLog } from "@/lib/ops/log";
import { maskedToken, openSealed, sealText } from "./seal";

// Mail is written to the outbox in the same transaction as what caused it,
// then delivered by SMTP when SMTP_URL is set. Without it (the demo) the
// outbox is where staff read it. Several instances may deliver at once: each
// takes rows with FOR UPDATE SKIP LOCKED.
//
// A mail that carries a private token (`secret`) is stored with the token
// masked; the working text is kept only sealed (./seal.ts) and is opened at
// delivery, after which the sealed copy is cleared. Minting the token at
// delivery instead was rejected: the applicant is shown the same link on
// screen at once, and a draft's token keeps identifying the draft.
export type MailInput = {
  to: string;
  subject: string;
  body: string;
  kind: string;
  applicationId?: string;
  secret?: string;
};

export async function queueMail(tx: Tx, mail: MailInput): Promise<void> {
  const secret = mail.secret;
  const body = secret ? mail.body.replaceAll(secret, maskedToken) : mail.body;
  const sealedBody = secret ? sealText(mail.body, mail.to) : null;
  await tx.emailMessage.create({
    data: {
      toAddress: mail.to,
      subject: mail.subject,
      body,
      sealedBody,
      kind: mail.kind,
      applicationId: mail.applicationId,
    },
  });
}

/** Delivers every pending mail, a batch at a time, until a batch finds fewer than it could take. */
export async function deliverOutbox(batch = 10): Promise<number> {
  let sent = 0;
  for (;;) {
    const r = await deliverBatch(batch);
    sent += r.sent;
    if (r.taken < batch) return sent;
  }
}

async function deliverBatch(limit: number): Promise<{ taken: number; sent: number }> {
  const url = env().SMTP_URL;
  if (!url) return { taken: 0, sent: 0 };
  const nodemailer = await import("nodemailer");
  const transport = nodemailer.createTransport(withTimeouts(url));
  let sent = 0;
  let taken = 0;
  const from = await mailSender();
  await db().$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<
        { id: string; toAddress: string; subject: string; body: string; sealedBody: string | null }[]
      >`
      SELECT "id", "toAddress", "subject", "body", "sealedBody" FROM "EmailMessage"
      WHERE "sentAt" IS NULL AND "error" IS NULL ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      taken = rows.length;
      for (const row of rows) {
        try {
          const text = row.sealedBody ? openSealedBody(row.sealedBody, row.toAddress) : row.body;
          await transport.sendMail({ from, to: row.toAddress, subject: row.subject, text });
          await tx.emailMessage.update({ where: { id: row.id }, data: { sentAt: new Date(), sealedBody: null } });
          sent++;
        } catch (e) {
          await tx.emailMessage.update({ where: { id: row.id }, data: { error: (e as Error).message.slice(0, 500) } });
        }
      }
    },
    // The rows stay locked while their mails go out, so no other instance sends them too; a slow SMTP server must
    // not end the transaction half-way (Prisma's default is 5 s), which would send them again on the next run: it
    // outlasts the batch's longest possible exchange, each mail bounded by the SMTP timeouts below.
    { timeout: limit * smtpWorstCaseMs + 10_000, maxWait: 10_000 },
  );
  return { taken, sent };
}

/** SMTP timeouts (ms) unless SMTP_URL sets its own: nodemailer's defaults (2 minutes to connect, 10 minutes of a
 * silent socket) would outlast the delivery's transaction. */
const smtpTimeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
const smtpWorstCaseMs = smtpTimeouts.connectionTimeout + smtpTimeouts.greetingTimeout + smtpTimeouts.socketTimeout;

function withTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [k, v] of Object.entries(smtpTimeouts)) if (!url.searchParams.has(k)) url.searchParams.set(k, String(v));
  return url.toString();
}

function openSealedBody(sealed: string, to: string): string {
  try {
    return openSealed(sealed, to);
  } catch {
    throw new Error("the sealed link could not be opened (AUTH_SECRET changed, or the row was altered)");
  }
}

/**
 * Delivers the queued mail after the response (when SMTP is configured), with whatever else is pending (a mail
 * whose instance stopped before sending it); a failure is logged, never shown.
 */
export function deliverSoon(): void {
  if (!env().SMTP_URL) return;
  after(() =>
    deliverOutbox().catch((e: unknown) => componentLog("mail").error({ err: e }, "delivering the outbox failed")),
  );
}
