import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError, type Actor } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/actions/errors";
import { recordDecision } from "@/lib/decisions/mutations";
import { getApplicationByToken } from "@/lib/applications/queries";
import { hashToken } from "@/lib/applications/mutations";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
  // A private link for the first demo application, as a receipt would give.
  await db().application.update({
    where: { id: "demo-app-001" },
    data: { accessTokenHash: hashToken("demo-token-for-application-001") },
  });
  // The mechanics of a decision recorded outside a meeting: on a call delegated to the secretariat.
  const { callId } = await db().application.findUniqueOrThrow({ where: { id: "demo-app-001" } });
  await db().call.update({ where: { id: callId }, data: { decidedBy: "SECRETARIAT" } });
}, 60_000);

describe("recording a decision", () => {
  it("needs reasons for a partial grant, records it, tells the applicant, shows it via the private link", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const { version } = await db().application.findUniqueOrThrow({ where: { id: "demo-app-001" } });
    const input = {
      applicationId: "demo-app-001",
      version,
      outcome: "PARTIAL_GRANT" as const,
      amount: "40.000",
      fundsYear: 2027,
      reasons: "",
    };
    await expect(recordDecision(secretariat, input)).rejects.toMatchObject({
      fieldErrors: { reasons: "decision.reasonsRequired" },
    });
    await recordDecision(
      secretariat,
      { ...input, reasons: "Forplejning støttes ikke af puljen." },
      new Date("2026-11-22T12:00:00Z"),
    );
    const app = await db().application.findUniqueOrThrow({
      where: { id: "demo-app-001" },
      include: { decisions: true, statusChanges: { orderBy: { at: "desc" }, take: 1 } },
    });
    expect(app.status).toBe("DECIDED");
    expect(app.decisions[0]).toMatchObject({
      outcome: "PARTIAL_GRANT",
      amountOre: 4_000_000n,
      fundsYear: 2027,
      conditional: true,
    });
    expect(app.statusChanges[0]).toMatchObject({ from: "SCORING", to: "DECIDED", byId: secretariat.id });
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { applicationId: "demo-app-001", kind: "application.decision" },
    });
    expect(mail.body).toContain("Forplejning støttes ikke af puljen.");
    const seen = (await getApplicationByToken(null, "demo-token-for-application-001"))!;
    expect(seen.decision).toMatchObject({
      outcome: "PARTIAL_GRANT",
      amountOre: 4_000_000,
      reasons: "Forplejning støttes ikke af puljen.",
      conditional: true,
    });
    // A second decision is refused, from the stale page as from a fresh one: "already decided".
    for (const v of [version, version + 1]) {
      await expect(
        recordDecision(secretariat, { ...input, version: v, reasons: "Igen, igen, igen." }),
      ).rejects.toMatchObject({ messageKey: "decision.notDecidable" });
    }
  });

  it("is the secretariat's: members, applicants and anonymous callers are refused", async () => {
    const input = {
      applicationId: "demo-app-002",
      version: 1,
      outcome: "REFUSAL" as const,
      amount: "",
      fundsYear: 2026,
      reasons: "Ikke inden for formålet.",
    };
    await expect(recordDecision(await actorFor("medlem1@example.dk"), input)).rejects.toThrow(ForbiddenError);
    await expect(recordDecision(await actorFor("ansoeger@example.dk"), input)).rejects.toThrow(ForbiddenError);
    await expect(recordDecision(null as unknown as Actor, input)).rejects.toThrow(UnauthenticatedError);
    await expect(recordDecision(await actorFor("sekretariat@example.dk"), { ...input, amount: "fem" })).rejects.toThrow(
      ValidationError,
    );
    expect(await db().decision.count({ where: { applicationId: "demo-app-002" } })).toBe(0);
  });

  it("is refused outside a meeting on a call the committee decides itself, and allowed under delegation", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const app = await db().application.findUniqueOrThrow({ where: { id: "demo-app-002" } });
    await db().call.update({ where: { id: app.callId }, data: { decidedBy: "PLENARY", fastTrack: false } });
    const input = {
      applicationId: app.id,
      version: app.version,
      outcome: "REFUSAL" as const,
      amount: "",
      fundsYear: 2026,
      reasons: "Ikke inden for formålet.",
    };
    await expect(recordDecision(secretariat, input)).rejects.toMatchObject({
      messageKey: "meetingLive.errors.notDelegated",
    });
    expect(await db().decision.count({ where: { applicationId: app.id } })).toBe(0);
    // A fast-track call is the secretariat's too.
    await db().call.update({ where: { id: app.callId }, data: { fastTrack: true } });
    await recordDecision(secretariat, input, new Date("2026-11-22T12:00:00Z"));
    const decision = await db().decision.findFirstOrThrow({ where: { applicationId: app.id } });
    expect(decision).toMatchObject({ outcome: "REFUSAL", decidingBody: "SECRETARIAT", meetingId: null });
  });
});
