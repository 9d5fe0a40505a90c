// Decisions and state changes of an application happen exactly once, in
// order, whatever races: double clicks, two tabs, two instances. Each case
// fires the requests at once against the real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, UserError } from "@/lib/actions/errors";
import { recordDecision } from "@/lib/decisions/mutations";
import { withdrawApplication, replyAsApplicant } from "@/lib/applications/follow";
import { randomUUID } from "node:crypto";
import { hashToken, saveDraft, submitApplication } from "@/lib/applications/mutations";
import type { ApplicationFormInput } from "@/lib/applications/schema";
import { askForInformation, recommend, recordVisit, setEligibility, setShortlisted } from "@/lib/screening/mutations";
import { createCallWithApplications, createCommittee, createUser } from "@/tests/factories";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

async function setting(status: ApplicationStatus = "SCORING") {
  const committee = await createCommittee();
  const { actor: secretariat } = await createUser({ roles: [{ committeeId: committee.id, role: "SECRETARIAT" }] });
  const created = await createCallWithApplications(committee.id, 1);
  const { applications } = created;
  // The mechanics of recording a decision, on a call whose decisions are delegated to the secretariat.
  const call = await db().call.update({ where: { id: created.call.id }, data: { decidedBy: "SECRETARIAT" } });
  const app = await db().application.update({ where: { id: applications[0]!.id }, data: { status, eligible: true } });
  return { committee, secretariat, call, app };
}

const decision = (applicationId: string, version: number) => ({
  applicationId,
  version,
  outcome: "GRANT" as const,
  amount: "10.000",
  fundsYear: new Date().getUTCFullYear(),
  reasons: "",
});

describe("a decision happens exactly once", () => {
  it("the same decision fired 10 times at once gives one decision and one mail", async () => {
    const { secretariat, app } = await setting();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => recordDecision(secretariat, decision(app.id, app.version))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // The losers are told: a conflict, or (when they read after the winner committed) "already decided".
    for (const r of results.filter((x) => x.status === "rejected")) {
      const reason = (r as PromiseRejectedResult).reason;
      expect(
        reason instanceof ConflictError ||
          (reason instanceof UserError && reason.messageKey === "decision.notDecidable"),
      ).toBe(true);
    }
    expect(await db().decision.count({ where: { applicationId: app.id } })).toBe(1);
    expect(await db().emailMessage.count({ where: { applicationId: app.id, kind: "application.decision" } })).toBe(1);
    expect(await db().applicationStatusChange.count({ where: { applicationId: app.id, to: "DECIDED" } })).toBe(1);
  });

  it("the database itself refuses a second decision row for one application", async () => {
    const { app } = await setting("DECIDED");
    const row = { applicationId: app.id, outcome: "REFUSAL" as const, decidedOn: new Date() };
    await db().decision.create({ data: row });
    await expect(db().decision.create({ data: row })).rejects.toMatchObject({ code: "P2002" });
  });

  it.each(["DRAFT", "WITHDRAWN", "INELIGIBLE", "DECIDED"] as const)(
    "is refused on an application that is %s",
    async (status) => {
      const { secretariat, app } = await setting(status);
      await expect(recordDecision(secretariat, decision(app.id, app.version))).rejects.toBeInstanceOf(Error);
      expect(await db().decision.count({ where: { applicationId: app.id } })).toBe(0);
    },
  );

  it("a decision made on a stale page is a conflict, and nothing is recorded", async () => {
    const { secretariat, app } = await setting();
    await db().application.update({ where: { id: app.id }, data: { version: { increment: 1 } } });
    await expect(recordDecision(secretariat, decision(app.id, app.version))).rejects.toBeInstanceOf(ConflictError);
    expect(await db().decision.count({ where: { applicationId: app.id } })).toBe(0);
  });

  it("a withdrawal racing a decision ends in one consistent state, and the loser is told", async () => {
    for (let round = 0; round < 5; round++) {
      const { secretariat, app } = await setting();
      await db().application.update({
        where: { id: app.id },
        data: { accessTokenHash: hashToken(`race-token-${app.id}`) },
      });
      const [decided, withdrawn] = await Promise.allSettled([
        recordDecision(secretariat, decision(app.id, app.version)),
        withdrawApplication(`race-token-${app.id}`, "Vi trækker den"),
      ]);
      const after = await db().application.findUniqueOrThrow({ where: { id: app.id }, include: { decisions: true } });
      expect([decided.status, withdrawn.status].sort()).toEqual(["fulfilled", "rejected"]);
      if (decided.status === "fulfilled") {
        expect(after.status).toBe("DECIDED");
        expect(after.withdrawnAt).toBeNull();
        expect((withdrawn as PromiseRejectedResult).reason).toBeInstanceOf(UserError);
      } else {
        expect(after.status).toBe("WITHDRAWN");
        expect(after.decisions).toHaveLength(0);
        expect((decided as PromiseRejectedResult).reason).toBeInstanceOf(Error);
      }
    }
  });
});

describe("every state-changing action of an application is version-guarded", () => {
  const twice = <T>(run: () => Promise<T>) => Promise.allSettled([run(), run()]);

  it("a double-clicked recommendation is stored once", async () => {
    const { secretariat, app } = await setting();
    const input = {
      applicationId: app.id,
      version: app.version,
      outcome: "REFUSAL" as const,
      amount: "",
      text: "Ligger uden for puljens formål.",
    };
    await twice(() => recommend(secretariat, input));
    expect(await db().recommendation.count({ where: { applicationId: app.id } })).toBe(1);
  });

  it("a double-clicked question is one message and one mail", async () => {
    const { secretariat, app } = await setting("SCREENING");
    const input = { applicationId: app.id, version: app.version, body: "Hvem står for forplejningen?" };
    await twice(() => askForInformation(secretariat, input));
    expect(await db().applicationMessage.count({ where: { applicationId: app.id } })).toBe(1);
    expect(await db().emailMessage.count({ where: { applicationId: app.id, kind: "application.question" } })).toBe(1);
  });

  it("a double-clicked visit is one visit", async () => {
    const { secretariat, app } = await setting();
    const input = {
      applicationId: app.id,
      version: app.version,
      visitedOn: "2026-11-01",
      participants: [],
      notes: "Godt besøg i lokalerne.",
      photoAlt: "",
    };
    await twice(() => recordVisit(secretariat, input, []));
    expect(await db().visit.count({ where: { applicationId: app.id } })).toBe(1);
  });

  it("double-clicked eligibility and shortlist each change the status once", async () => {
    const { secretariat, app } = await setting("SCREENING");
    await twice(() =>
      setEligibility(secretariat, { applicationId: app.id, version: app.version, eligible: "yes", reason: "" }),
    );
    expect(await db().applicationStatusChange.count({ where: { applicationId: app.id } })).toBe(1);
    const now = await db().application.findUniqueOrThrow({ where: { id: app.id } });
    await twice(() => setShortlisted(secretariat, { applicationId: app.id, version: now.version, shortlisted: "yes" }));
    expect(await db().applicationStatusChange.count({ where: { applicationId: app.id } })).toBe(2);
    expect(await db().auditEntry.count({ where: { entityId: app.id, action: "application.shortlist" } })).toBe(1);
  });

  it("a stale form is a conflict and changes nothing", async () => {
    const { secretariat, app } = await setting("SCREENING");
    await setEligibility(secretariat, { applicationId: app.id, version: app.version, eligible: "yes", reason: "" });
    await expect(
      askForInformation(secretariat, { applicationId: app.id, version: app.version, body: "Et spørgsmål mere?" }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await db().applicationMessage.count({ where: { applicationId: app.id } })).toBe(0);
  });

  it("an applicant's double-clicked answer is one message", async () => {
    const { app } = await setting("AWAITING_INFO");
    await db().application.update({
      where: { id: app.id },
      data: { accessTokenHash: hashToken(`reply-token-${app.id}`) },
    });
    await twice(() => replyAsApplicant(`reply-token-${app.id}`, "Her er svaret.", app.version));
    expect(await db().applicationMessage.count({ where: { applicationId: app.id } })).toBe(1);
  });

  it.each(["WITHDRAWN", "DECIDED", "INELIGIBLE"] as const)(
    "an applicant cannot post once the application is %s",
    async (status) => {
      const { app } = await setting(status);
      await db().application.update({
        where: { id: app.id },
        data: { accessTokenHash: hashToken(`closed-token-${app.id}`) },
      });
      await expect(replyAsApplicant(`closed-token-${app.id}`, "Et sent svar.", app.version)).rejects.toBeInstanceOf(
        UserError,
      );
      expect(await db().applicationMessage.count({ where: { applicationId: app.id } })).toBe(0);
    },
  );
});

describe("a saved draft is sent exactly once", () => {
  const meta = { address: "203.0.113.9", origin: "http://localhost:3000" };
  const form = (callId: string, draftToken: string): ApplicationFormInput => ({
    callId,
    submitKey: randomUUID(),
    draftToken,
    organisationName: "Gårdlauget Blågade",
    organisationKind: "ASSOCIATION",
    cvr: "",
    contactName: "Mette Gård",
    contactEmail: "mette@example.dk",
    contactPhone: "",
    title: "Gårdfest",
    description: "En gårdfest hvor naboerne i alle opgange mødes og lærer hinanden at kende.",
    targetGroup: "Beboere",
    periodText: "Juni",
    requested: "8.000",
    budget: [{ kind: "expense", label: "Mad", amount: "8.000" }],
  });

  async function draft() {
    const committee = await createCommittee();
    const call = await db().call.create({
      data: {
        committeeId: committee.id,
        slug: `c-${randomUUID()}`,
        title: "Åbent opslag",
        status: "PUBLISHED",
        amountAvailableOre: 5_000_000n,
        deadline: new Date(Date.now() + 86_400_000),
      },
    });
    const { token } = await saveDraft({ ...form(call.id, ""), title: "Kladde" }, meta);
    const app = await db().application.findFirstOrThrow({ where: { callId: call.id } });
    return { call, token, app };
  }

  it("sending the same draft from two tabs at once gives one application, one reference and one receipt", async () => {
    const { call, token, app } = await draft();
    const results = await Promise.allSettled([
      submitApplication(form(call.id, token), [], meta),
      submitApplication(form(call.id, token), [], meta),
    ]);
    const refs = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.reference] : []));
    expect(refs.length).toBeGreaterThan(0);
    expect(new Set(refs).size).toBe(1);
    const after = await db().application.findUniqueOrThrow({ where: { id: app.id } });
    expect(after).toMatchObject({ status: "SUBMITTED", reference: refs[0] });
    expect(await db().emailMessage.count({ where: { applicationId: app.id, kind: "application.receipt" } })).toBe(1);
    expect(await db().applicationStatusChange.count({ where: { applicationId: app.id, to: "SUBMITTED" } })).toBe(1);
  });

  it("a draft save racing the submit never overwrites the sent application", async () => {
    for (let round = 0; round < 5; round++) {
      const { call, token, app } = await draft();
      await Promise.allSettled([
        submitApplication(form(call.id, token), [], meta),
        saveDraft({ ...form(call.id, token), title: "Overskrevet" }, meta),
      ]);
      expect(await db().application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
        status: "SUBMITTED",
        title: "Gårdfest",
      });
    }
    const { call, token } = await draft();
    await submitApplication(form(call.id, token), [], meta);
    await expect(saveDraft({ ...form(call.id, token), title: "For sent" }, meta)).rejects.toBeInstanceOf(UserError);
  });
});
