import "server-only";
import { db, type Tx } from "@/lib/db";
import { nextAttempt, type SmtpFailure } from "./delivery";
import { after } from "next/server";
import { env } from "@/lib/env";
import { mailSender } from "@/lib/installation/site";
import { componentLog } from "@/lib/ops/log";
import { withoutEmails } from "@/lib/ops/model";
import { maskedToken, openSealed, sealText } from "./seal";

// Mail is written to the outbox in the same transaction as what caused it,
// then delivered by SMTP when SMTP_URL is set. Without it (the demo) the
// outbox is where staff read it. Several instances may deliver at once: each
// claims a mail with a lease before sending it (deliverOutbox).
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

type Claimed = {
  id: string;
  toAddress: string;
  subject: string;
  body: string;
  sealedBody: string | null;
  attempts: number;
  leaseUntil: Date;
};

/**
 * Delivers every mail that is due: one at a time, each claimed by a short statement that leases it to this
 * instance (FOR UPDATE SKIP LOCKED, then `leaseUntil`), sent with no transaction or lock held, then marked. Another
 * instance skips a leased mail; a lease left by an instance that stopped mid-send runs out and the mail is taken
 * again (at most once more per attempt). A temporary SMTP failure waits for its next attempt (./delivery.ts).
 */
export async function deliverOutbox(): Promise<number> {
  const url = env().SMTP_URL;
  if (!url) return 0;
  const nodemailer = await import("nodemailer");
  const transport = nodemailer.createTransport(withTimeouts(url));
  const from = await mailSender();
  let sent = 0;
  for (;;) {
    const [row] = await db().$queryRaw<Claimed[]>`
      UPDATE "EmailMessage" SET "leaseUntil" = now() + make_interval(secs => ${leaseSeconds}),
        "attempts" = "attempts" + 1
      WHERE "id" = (
        SELECT "id" FROM "EmailMessage"
        WHERE "sentAt" IS NULL AND "error" IS NULL AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
          AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= now())
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING "id", "toAddress", "subject", "body", "sealedBody", "attempts", "leaseUntil"`;
    if (!row) return sent;
    let failure: unknown = null;
    try {
      const text = row.sealedBody ? openSealedBody(row.sealedBody, row.toAddress) : row.body;
      await transport.sendMail({ from, to: row.toAddress, subject: row.subject, text });
    } catch (e) {
      failure = e;
    }
    // Marked only while the lease is still this instance's: one that ran out (a very slow server) was taken by
    // another, whose outcome counts. If marking fails (the database gone), the lease runs out and the mail is sent
    // again: at least once, never lost. A server's message may quote the address: it is stored without it.
    const mine = { id: row.id, leaseUntil: row.leaseUntil };
    if (failure === null) {
      const marked = await db().emailMessage.updateMany({
        where: mine,
        data: { sentAt: new Date(), sealedBody: null, leaseUntil: null, nextAttemptAt: null },
      });
      sent += marked.count;
      continue;
    }
    const message = withoutEmails((failure as Error).message ?? String(failure)).slice(0, 500);
    const retryAt = nextAttempt(failure as SmtpFailure, row.attempts, new Date());
    await db().emailMessage.updateMany({
      where: mine,
      data: retryAt
        ? { leaseUntil: null, nextAttemptAt: retryAt, lastError: message }
        : { leaseUntil: null, error: message },
    });
  }
}

/** SMTP timeouts (ms) unless SMTP_URL sets its own: nodemailer's defaults (2 minutes to connect, 10 minutes of a
 * silent socket) would outlast the lease, and another instance would send the mail too. */
const smtpTimeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
const smtpWorstCaseMs = smtpTimeouts.connectionTimeout + smtpTimeouts.greetingTimeout + smtpTimeouts.socketTimeout;
/** A claimed mail is this instance's for twice the longest SMTP exchange, then free for another to take. */
const leaseSeconds = (2 * smtpWorstCaseMs) / 1000;

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
