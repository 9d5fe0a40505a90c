import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailSink, type MailSink } from "@/scripts/lib/mail-sink";

// Mail goes to a real SMTP server started here; the settings are in place
// before the app's environment is first read (it is read once).
let sink: MailSink;
const saved = { SMTP_URL: process.env.SMTP_URL, AUTH_SECRET: process.env.AUTH_SECRET };
beforeAll(async () => {
  sink = await startMailSink();
  process.env.SMTP_URL = sink.url;
  process.env.AUTH_SECRET = "a-test-secret-that-is-long-enough-0123456789";
  const { seedDemo } = await import("@/prisma/seed/demo");
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);
afterAll(async () => {
  await sink?.close();
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

const app = () => import("@/lib/applications/mutations");
const outbox = () => import("@/lib/mail/outbox");
const database = async () => (await import("@/lib/db")).db();

const form = (email: string) => ({
  callId: "demo-call-hurtigt-spor",
  submitKey: randomUUID(),
  draftToken: "",
  organisationName: "Gårdlauget Stengade",
  organisationKind: "ASSOCIATION" as const,
  cvr: "12345678",
  contactName: "Mette Gård",
  contactEmail: email,
  contactPhone: "",
  title: "Gårdfest for alle opgange",
  description: "En gårdfest hvor naboerne i alle opgange mødes og lærer hinanden at kende.",
  targetGroup: "Beboere i Stengade",
  periodText: "Juni 2027",
  requested: "8.000",
  budget: [{ kind: "expense" as const, label: "Mad og drikke", amount: "8.000" }],
});
const meta = { address: "203.0.113.9", origin: "https://lokalpulje.example", now: new Date("2026-11-22T12:00:00Z") };

/** Every column of every outbox row, as a backup would hold it. */
async function outboxDump(): Promise<string> {
  const rows = await (await database()).$queryRawUnsafe<unknown[]>(`SELECT * FROM "EmailMessage"`);
  return JSON.stringify(rows);
}

describe("private links in mail", () => {
  it("a receipt's link goes over SMTP; the stored copy never holds the token, before or after sending", async () => {
    const { submitApplication } = await app();
    const r = await submitApplication(form("mette.smtp@example.dk"), [], meta);
    const token = r.link!.split("/").pop()!;
    expect(token.length).toBeGreaterThan(20);
    const db = await database();
    const stored = await db.emailMessage.findFirstOrThrow({ where: { toAddress: "mette.smtp@example.dk" } });
    expect(stored.body).not.toContain(token);
    expect(stored.body).toContain("https://lokalpulje.example/ansoegning/[skjult]");
    expect(await outboxDump()).not.toContain(token);

    const { deliverOutbox } = await outbox();
    expect(await deliverOutbox()).toBeGreaterThanOrEqual(1);
    const mail = sink.mails.find((m) => m.to.includes("mette.smtp@example.dk"));
    expect(mail?.text).toContain(r.link!);
    expect(mail?.subject).toContain(r.reference);

    const after = await db.emailMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(after.sentAt).not.toBeNull();
    expect(after.body).toBe(stored.body);
    expect(await outboxDump()).not.toContain(token);
    const raw = await db.$queryRawUnsafe<{ sealedBody: string | null }[]>(
      `SELECT "sealedBody" FROM "EmailMessage" WHERE "id" = $1`,
      stored.id,
    );
    expect(raw[0]!.sealedBody).toBeNull();
  });

  it("a draft's link likewise", async () => {
    const { saveDraft } = await app();
    const { link, token } = await saveDraft({ ...form("kladde.smtp@example.dk"), submitKey: undefined } as never, meta);
    expect(link).toContain(token);
    expect(await outboxDump()).not.toContain(token);
    await (await outbox()).deliverOutbox();
    expect(sink.mails.find((m) => m.to.includes("kladde.smtp@example.dk"))?.text).toContain(link!);
  });

  it("a sealed link moved to another recipient in the database cannot be opened, and nothing is sent", async () => {
    const { submitApplication } = await app();
    const r = await submitApplication(form("offer@example.dk"), [], meta);
    const db = await database();
    await db.emailMessage.updateMany({
      where: { toAddress: "offer@example.dk" },
      data: { toAddress: "angriber@example.dk" },
    });
    await (await outbox()).deliverOutbox();
    const token = r.link!.split("/").pop()!;
    expect(sink.mails.some((m) => m.text.includes(token))).toBe(false);
    const row = await db.emailMessage.findFirstOrThrow({ where: { toAddress: "angriber@example.dk" } });
    expect(row.sentAt).toBeNull();
    expect(row.error).toBeTruthy();
  });
});

describe("mail a scheduled job queues", () => {
  it("goes out over SMTP with the job's run, not only when someone next submits a form", async () => {
    const { runReminders } = await import("@/lib/jobs/run");
    const db = await database();
    const to = (await db.application.findUniqueOrThrow({ where: { id: "demo-grant-05" } })).contactEmail!;
    await runReminders("accounts", new Date());
    const queued = await db.emailMessage.findMany({ where: { kind: { startsWith: "reminder:accounts" } } });
    expect(queued.length).toBeGreaterThan(0);
    // Delivered by the run itself: nothing of it is left pending, and the applicant's mail reached the server.
    expect(queued.filter((m) => m.sentAt === null)).toEqual([]);
    expect(sink.mails.some((m) => m.to.includes(to) && m.subject.includes("ikke modtaget"))).toBe(true);
  });
});
