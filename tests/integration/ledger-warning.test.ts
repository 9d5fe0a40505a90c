import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { translatorFor } from "@/lib/i18n/translator";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/actions/errors";
import { commitYears } from "@/lib/decisions/ledger";
import { recordDecision } from "@/lib/decisions/mutations";
import { guardAvailable } from "@/lib/ledger/guard";
import { recordMeetingDecision } from "@/lib/meetings/live-mutations";
import { createProject } from "@/lib/projects/mutations";
import { createCallWithApplications, createCommittee, createUser } from "@/tests/factories";
import { decisionInput, meetingWith, setting } from "./meeting-live-helpers";

const now = new Date("2026-11-30T18:00:00Z");

// The action itself, as a form posts to it: the session and the request's language are the test's.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => translatorFor("en"),
  getLocale: async () => "en",
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/mail/outbox", async (original) => ({
  ...(await original<typeof import("@/lib/mail/outbox")>()),
  deliverSoon: () => undefined,
}));
const { recordDecisionAction } = await import("@/lib/decisions/actions");

/** A committee whose pool has 10.000 kr. on 2026 and a call the secretariat decides, with applications of 10.000. */
async function smallPool(applications = 1) {
  const committee = await createCommittee();
  const { actor } = await createUser({ roles: [{ committeeId: committee.id, role: "SECRETARIAT" }] });
  const pool = await db().pool.create({
    data: {
      committeeId: committee.id,
      name: "Lille pulje",
      years: { create: [{ year: 2026, budgetOre: 1_000_000n }] },
    },
  });
  const { call, applications: apps } = await createCallWithApplications(committee.id, applications);
  await db().call.update({ where: { id: call.id }, data: { poolId: pool.id, decidedBy: "SECRETARIAT" } });
  return { actor, pool, apps };
}

const grant = (app: { id: string; version: number }, amount: string, over = {}) => ({
  applicationId: app.id,
  version: app.version,
  outcome: "PARTIAL_GRANT" as const,
  amount,
  fundsYear: 2026,
  reasons: "Puljen støtter en del af udgifterne.",
  ...over,
});

describe("the warning before an over-commit", () => {
  it("refuses a grant above what the year has left once, then saves it with Gem alligevel, recorded", async () => {
    const { actor, apps } = await smallPool();
    await db().application.update({ where: { id: apps[0]!.id }, data: { requestedOre: 2_000_000n } });
    const refused = await recordDecision(actor, grant(apps[0]!, "12.500"), now).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused).toMatchObject({
      fieldErrors: { amount: "ledger.overCommit", overCommitConfirmed: "ledger.overCommitConfirm" },
      fieldParams: { amount: { year: 2026, available: { ore: 1_000_000 } } },
    });
    expect(await db().decision.count({ where: { applicationId: apps[0]!.id } })).toBe(0);
    expect((await db().application.findUniqueOrThrow({ where: { id: apps[0]!.id } })).status).toBe("SCORING");

    await recordDecision(actor, grant(apps[0]!, "12.500", { overCommitConfirmed: true }), now);
    const decision = await db().decision.findFirstOrThrow({ where: { applicationId: apps[0]!.id } });
    expect(decision.exceededAvailableOre).toBe(250_000n);
    const entry = await db().auditEntry.findFirstOrThrow({
      where: { action: "decision.record", entityId: apps[0]!.id },
    });
    expect(entry.changes).toMatchObject({ exceededAvailableOre: 250_000 });
  });

  it("lets a grant within what is left through without a warning or a record", async () => {
    const { actor, apps } = await smallPool();
    await db().application.update({ where: { id: apps[0]!.id }, data: { requestedOre: 2_000_000n } });
    await recordDecision(actor, grant(apps[0]!, "10.000"), now);
    const decision = await db().decision.findFirstOrThrow({ where: { applicationId: apps[0]!.id } });
    expect(decision.exceededAvailableOre).toBeNull();
  });

  it("makes a second decision at once wait for the first and then warn (the pool year is locked)", async () => {
    const { pool } = await smallPool(0);
    const years = [{ year: 2026, amountOre: 600_000 }];
    const decide = (pause: number) =>
      db().$transaction(async (tx) => {
        await guardAvailable(tx, pool.id, years, false);
        const d = await tx.decision.create({ data: { outcome: "GRANT", decidedOn: now }, select: { id: true } });
        await commitYears(tx, d.id, pool.id, years, now);
        // The first holds its transaction open while the second starts.
        await new Promise((r) => setTimeout(r, pause));
      });
    const first = decide(400);
    await new Promise((r) => setTimeout(r, 100));
    const second = decide(0);
    const results = await Promise.allSettled([first, second]);
    expect(results[0]!.status).toBe("fulfilled");
    expect(results[1]).toMatchObject({ status: "rejected", reason: { fieldErrors: { amount: "ledger.overCommit" } } });
    expect(await db().decisionYear.count({ where: { poolYear: { poolId: pool.id } } })).toBe(1);
  });

  it("warns before a project's approval at a meeting goes over, and records the override", async () => {
    const s = await setting();
    await db().poolYear.updateMany({ where: { poolId: s.pool.id, year: 2026 }, data: { budgetOre: 1_000_000n } });
    const project = await createProject(s.secretariat, s.committee.id, {
      id: "x",
      slug: "x",
      kind: "INTERNAL",
      title: "Gårdmiljø",
      status: "IDEA",
      people: [],
      budget: [{ label: "Planter", amountOre: 9_000_000 }],
    });
    await db().project.update({ where: { id: project.id }, data: { status: "RECOMMENDED" } });
    const { items } = await meetingWith(s.committee.id, [{ title: "Gårdmiljø", projectId: project.id }]);
    const input = {
      ...decisionInput(items[0]!),
      projectId: project.id,
      outcome: "APPROVED" as const,
      amount: "80.000",
      years: [{ year: 2026, amount: "80.000" }],
    };
    await expect(recordMeetingDecision(s.secretariat, input, now)).rejects.toMatchObject({
      fieldErrors: { amount: "ledger.overCommit" },
      fieldParams: { amount: { year: 2026, available: { ore: 1_000_000 } } },
    });
    expect((await db().project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("RECOMMENDED");
    await recordMeetingDecision(s.secretariat, { ...input, overCommitConfirmed: true }, now);
    const decision = await db().decision.findFirstOrThrow({ where: { projectId: project.id } });
    expect(decision.exceededAvailableOre).toBe(7_000_000n);
    const entry = await db().auditEntry.findFirstOrThrow({
      where: { action: "project.decision", entityId: project.id },
    });
    expect(entry.changes).toMatchObject({ exceededAvailableOre: 7_000_000 });
  });

  it("answers the form with the warning's year and amount in the user's language, on the amount field", async () => {
    const { actor, apps } = await smallPool();
    await db().application.update({ where: { id: apps[0]!.id }, data: { requestedOre: 2_000_000n } });
    session.actor = actor;
    const form = new FormData();
    for (const [k, v] of Object.entries(grant(apps[0]!, "12.500"))) form.set(k, String(v));
    const state = await recordDecisionAction(form);
    expect(state).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { amount: "ledger.overCommit" },
      fieldParams: { amount: { year: 2026, available: "DKK 10,000" } },
    });
    const t = translatorFor("da");
    expect(t("ledger.overCommit", { year: 2026, available: "10.000 kr." })).toMatch(
      /^Beløbet overstiger det disponible på 2026 \(10\.000 kr\.\)/,
    );
    form.set("overCommitConfirmed", "on");
    expect(await recordDecisionAction(form)).toMatchObject({ ok: true });
    const decision = await db().decision.findFirstOrThrow({ where: { applicationId: apps[0]!.id } });
    expect(decision.exceededAvailableOre).toBe(250_000n);
  });
});
