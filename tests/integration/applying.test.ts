import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UserError, ValidationError } from "@/lib/actions/errors";
import { submitApplication } from "@/lib/applications/mutations";
import { getApplicationByToken, getPublicCall } from "@/lib/applications/queries";
import type { ApplicationFormInput } from "@/lib/applications/schema";
import { seedDemo } from "@/prisma/seed/demo";

const form = (over: Partial<ApplicationFormInput> = {}): ApplicationFormInput => ({
  callId: "demo-call-hurtigt-spor",
  submitKey: randomUUID(),
  draftToken: "",
  organisationName: "Gårdlauget Stengade",
  organisationKind: "ASSOCIATION",
  cvr: "12345678",
  contactName: "Mette Gård",
  contactEmail: "Mette@Example.dk",
  contactPhone: "+45 12 34 56 78",
  title: "Gårdfest for alle opgange",
  description: "En gårdfest hvor naboerne i alle opgange mødes og lærer hinanden at kende.",
  targetGroup: "Beboere i Stengade",
  periodText: "Juni 2027",
  requested: "8.000",
  budget: [
    { kind: "expense", label: "Mad og drikke", amount: "6.000" },
    { kind: "expense", label: "Leje af telt", amount: "2.000" },
  ],
  ...over,
});
const meta = { address: "203.0.113.7", origin: "http://localhost:3000", now: new Date("2026-11-22T12:00:00Z") };
const pdf = {
  name: "budget.pdf",
  size: 9,
  bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]),
};

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("applying without an account", () => {
  it("receives the application with a reference, a receipt in the outbox and a private link", async () => {
    const r = await submitApplication(form(), [pdf], meta);
    expect(r.reference).toMatch(/^NOE-2026-\d{3}$/);
    expect(r.duplicate).toBe(false);
    const app = await db().application.findUniqueOrThrow({
      where: { reference: r.reference },
      include: { attachments: true, budgetLines: true, organisation: true },
    });
    expect(app).toMatchObject({ status: "SUBMITTED", requestedOre: 800_000n, contactEmail: "mette@example.dk" });
    expect(app.organisation.cvr).toBe("12345678");
    expect(app.budgetLines.map((l) => l.amountOre)).toEqual([600_000n, 200_000n]);
    expect(app.attachments[0]).toMatchObject({ filename: "budget.pdf", mimeType: "application/pdf", sizeBytes: 9 });
    const mail = await db().emailMessage.findFirstOrThrow({ where: { applicationId: app.id } });
    expect(mail.toAddress).toBe("Mette@Example.dk");
    expect(mail.subject).toContain(r.reference);
    const token = r.link!.split("/").pop()!;
    // The stored copy has the link masked (the working one is sealed until delivery: mail-delivery.test.ts).
    expect(mail.body).toContain("/ansoegning/[skjult]");
    expect(mail.body).not.toContain(token);
    expect(app.accessTokenHash).not.toContain(token);
    const seen = (await getApplicationByToken(null, token))!;
    expect(seen).toMatchObject({ reference: r.reference, status: "SUBMITTED", decision: null });
    expect(JSON.stringify(seen)).not.toMatch(/Mette@Example|12 34 56/);
  });

  it("ignores a second submit of the same form", async () => {
    const f = form();
    const first = await submitApplication(f, [], meta);
    const again = await submitApplication(f, [], meta);
    expect(again).toEqual({ reference: first.reference, link: null, duplicate: true });
    expect(await db().application.count({ where: { submitKey: f.submitKey } })).toBe(1);
  });

  it("refuses after the deadline, on the server's clock", async () => {
    const late = { ...meta, now: new Date("2027-06-30T22:00:00Z") };
    await expect(submitApplication(form(), [], late)).rejects.toThrow(UserError);
    await expect(submitApplication(form({ callId: "demo-call-social" }), [], meta)).rejects.toThrow(/apply.closed/);
  });

  it("refuses a file that is not what it says, and an amount above the call's maximum", async () => {
    const exe = { name: "budget.pdf", size: 4, bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00]) };
    await expect(submitApplication(form(), [exe], meta)).rejects.toThrow(ValidationError);
    await expect(submitApplication(form({ requested: "25.000" }), [], meta)).rejects.toMatchObject({
      fieldErrors: { requested: "apply.amountTooHigh" },
    });
  });

  it("gives nothing for a guessed or malformed link", async () => {
    expect(await getApplicationByToken(null, "x".repeat(32))).toBeNull();
    expect(await getApplicationByToken(null, "'; DROP TABLE x; --")).toBeNull();
  });

  it("shows a call publicly only when published", async () => {
    expect((await getPublicCall(null, "smaa-ansoegninger-hurtigt-spor"))!.open).toBe(true);
    expect((await getPublicCall(null, "50000-kr-til-en-social-indsats"))!.open).toBe(false);
    expect(await getPublicCall(null, "findes-ikke")).toBeNull();
  });
});
