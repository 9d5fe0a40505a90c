import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailSink, type MailSink, type Refusal } from "@/scripts/lib/mail-sink";

// The outbox's delivery (lib/mail/outbox.ts) against a real SMTP server that refuses when told to: a temporary
// refusal (4xx) is tried again when its time comes, a permanent one (5xx) and the fifth temporary one are given up,
// and a mail leased by another instance is left to it until the lease runs out. The settings are in place before
// the app's environment is first read.
let sink: MailSink;
const refusals = new Map<string, Refusal[]>();
const saved = { SMTP_URL: process.env.SMTP_URL, AUTH_SECRET: process.env.AUTH_SECRET };
beforeAll(async () => {
  sink = await startMailSink(undefined, (to) => refusals.get(to)?.shift() ?? null);
  process.env.SMTP_URL = sink.url;
  process.env.AUTH_SECRET = "a-test-secret-that-is-long-enough-0123456789";
  const { seedDemo } = await import("@/prisma/seed/demo");
  await seedDemo(process.env.DATABASE_URL!);
  // The demo's own mail goes out first, so each test counts only its own.
  await (await import("@/lib/mail/outbox")).deliverOutbox();
}, 60_000);
afterAll(async () => {
  await sink?.close();
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

const database = async () => (await import("@/lib/db")).db();
const deliver = async () => (await import("@/lib/mail/outbox")).deliverOutbox();
const later = { code: 451, message: "4.3.0 <someone@example.dk>: Mailbox temporarily unavailable, try again later" };

async function queue(to: string): Promise<string> {
  const { queueMail } = await import("@/lib/mail/outbox");
  const db = await database();
  await db.$transaction((tx) => queueMail(tx, { to, subject: `Til ${to}`, body: "Hej", kind: "test" }));
  return (await db.emailMessage.findFirstOrThrow({ where: { toAddress: to }, select: { id: true } })).id;
}
const row = async (id: string) => (await database()).emailMessage.findUniqueOrThrow({ where: { id } });
const received = (to: string) => sink.mails.filter((m) => m.to.includes(to)).length;
/** The clock moves on: the mail's next attempt is due now. */
const dueNow = async (id: string) =>
  (await database()).emailMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1_000) } });

describe("delivering the outbox", () => {
  it("tries a mail again after a temporary refusal, when its time has come, and sends it then", async () => {
    const to = "midlertidig@example.dk";
    refusals.set(to, [later]);
    const id = await queue(to);
    const before = Date.now();
    await deliver();
    const waiting = await row(id);
    expect(waiting).toMatchObject({ sentAt: null, error: null, attempts: 1, leaseUntil: null });
    expect(waiting.lastError).toContain("451");
    // The server's words are kept, never the address they may quote.
    expect(waiting.lastError).not.toContain("@");
    const wait = waiting.nextAttemptAt!.getTime() - before;
    expect(wait).toBeGreaterThan(50_000);
    expect(wait).toBeLessThan(70_000);
    // Not before its time.
    await deliver();
    expect((await row(id)).sentAt).toBeNull();
    expect(received(to)).toBe(0);
    await dueNow(id);
    await deliver();
    expect(await row(id)).toMatchObject({ error: null, attempts: 2, leaseUntil: null, nextAttemptAt: null });
    expect((await row(id)).sentAt).not.toBeNull();
    expect(received(to)).toBe(1);
  });

  it("gives up at once on a permanent refusal, and after the fifth temporary one", async () => {
    const gone = "findes.ikke@example.dk";
    refusals.set(gone, [{ code: 550, message: "5.1.1 No such user" }]);
    const goneId = await queue(gone);
    await deliver();
    expect(await row(goneId)).toMatchObject({ sentAt: null, attempts: 1, nextAttemptAt: null });
    expect((await row(goneId)).error).toContain("550");

    const busy = "altid.optaget@example.dk";
    refusals.set(
      busy,
      Array.from({ length: 10 }, () => later),
    );
    const busyId = await queue(busy);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await deliver();
      const r = await row(busyId);
      expect(r.attempts).toBe(attempt);
      expect(r.error === null).toBe(attempt < 5);
      if (attempt < 5) await dueNow(busyId);
    }
    await deliver();
    expect((await row(busyId)).attempts).toBe(5);
    expect(received(busy) + received(gone)).toBe(0);
  });

  it("leaves a mail another instance has claimed, and takes it when that claim has run out", async () => {
    const to = "lejet@example.dk";
    const id = await queue(to);
    const db = await database();
    await db.emailMessage.update({ where: { id }, data: { leaseUntil: new Date(Date.now() + 60_000), attempts: 1 } });
    await deliver();
    expect((await row(id)).sentAt).toBeNull();
    expect(received(to)).toBe(0);
    // That instance stopped mid-send: its claim runs out and this one sends the mail.
    await db.emailMessage.update({ where: { id }, data: { leaseUntil: new Date(Date.now() - 1_000) } });
    await deliver();
    expect(await row(id)).toMatchObject({ attempts: 2, leaseUntil: null });
    expect(received(to)).toBe(1);
  });
});
