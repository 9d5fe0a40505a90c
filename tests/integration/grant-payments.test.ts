import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { approvePayment, claimRepayment, closeGrant } from "@/lib/grants/payment-mutations";
import { acceptGrant, sendGrantLetter } from "@/lib/grants/letter-mutations";
import { ledgerSums } from "@/lib/ledger/sums";
import { getGrantMoney, getGrantWork } from "@/lib/grants/queries";
import { committeeFormSchema } from "@/lib/committees/schema";
import { updateCommittee } from "@/lib/committees/mutations";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor, createCommittee, createUser } from "@/tests/factories";

const pay = (applicationId: string, step: "advance" | "final" | "repaymentReceived", amount: string) => ({
  applicationId,
  step,
  amount,
  paidOn: "2026-11-20",
  reference: `UDB-${applicationId}-${step}`,
  note: "",
});
const statusOf = async (id: string) => (await db().application.findUniqueOrThrow({ where: { id } })).status;
const paymentsOf = (id: string) => db().payment.findMany({ where: { decision: { applicationId: id } } });
const yearOf = async (id: string) =>
  db().decisionYear.findFirstOrThrow({ where: { decision: { applicationId: id } }, orderBy: { year: "asc" } });

/** Approved accounts for a grant, as the reporting helper's review leaves them (expenses and income in kroner). */
async function approveAccounts(id: string, expensesKr: number[], incomeKr: number, approvedBy: string) {
  const app = await db().application.findUniqueOrThrow({ where: { id }, include: { budgetLines: true } });
  await db().accountLine.deleteMany({ where: { accounts: { applicationId: id } } });
  await db().accountsReport.deleteMany({ where: { applicationId: id } });
  await db().accountsReport.create({
    data: {
      applicationId: id,
      status: "APPROVED",
      receivedAt: new Date("2026-10-15T12:00:00Z"),
      approvedAt: new Date("2026-10-25T09:00:00Z"),
      approvedById: approvedBy,
      lines: {
        create: [
          ...app.budgetLines.map((l, i) => ({
            budgetLineId: l.id,
            label: l.label,
            budgetOre: l.amountOre,
            actualOre: BigInt((expensesKr[i] ?? 0) * 100),
          })),
          ...(incomeKr ? [{ label: "Entré", isIncome: true, budgetOre: 0n, actualOre: BigInt(incomeKr * 100) }] : []),
        ],
      },
    },
  });
  await db().application.update({ where: { id }, data: { status: "APPROVED" } });
}

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("the dashboard's money work, as seeded", () => {
  it("lists accounts sent and waiting for review, and requests waiting for the applicant's answer", async () => {
    const work = (await getGrantWork(await actorFor("sekretariat@example.dk")))!;
    expect(work.accountsToReview.map((a) => a.id)).toContain("demo-grant-07");
    expect(work.answersAwaited.map((a) => a.id)).toEqual(["demo-grant-08"]);
    expect(work.accountsMissing.map((a) => a.id)).not.toContain("demo-grant-08");
  });
});

describe("the advance", () => {
  it("is paid once on an accepted grant, at the letter's amount, with who, when and the reference", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const money = (await getGrantMoney(secretariat, "demo-call-smaa-2026", "demo-grant-04"))!;
    expect(money.can.payAdvance).toBe(800_000);
    const forged = approvePayment(secretariat, pay("demo-grant-04", "advance", "80.000"));
    await expect(forged).rejects.toBeInstanceOf(ValidationError);
    await expect(forged).rejects.toMatchObject({ fieldErrors: { amount: "payments.amountAboveGrant" } });
    await expect(approvePayment(secretariat, pay("demo-grant-04", "advance", "-8.000"))).rejects.toMatchObject({
      fieldErrors: { amount: "payments.amountNegative" },
    });
    await expect(approvePayment(secretariat, pay("demo-grant-04", "advance", "7.999"))).rejects.toMatchObject({
      fieldErrors: { amount: "payments.amountMismatch" },
    });
    await expect(
      approvePayment(secretariat, { ...pay("demo-grant-04", "advance", "8.000"), reference: " " }),
    ).rejects.toMatchObject({ fieldErrors: { reference: "payments.referenceRequired" } });
    expect(await paymentsOf("demo-grant-04")).toHaveLength(0);

    await approvePayment(secretariat, pay("demo-grant-04", "advance", "8.000"));
    expect(await statusOf("demo-grant-04")).toBe("ADVANCE_PAID");
    const [advance] = await paymentsOf("demo-grant-04");
    expect(advance).toMatchObject({
      kind: "ADVANCE",
      amountOre: 800_000n,
      approvedById: secretariat.id,
      reference: "UDB-demo-grant-04-advance",
    });
    expect(advance!.paidOn.toISOString().slice(0, 10)).toBe("2026-11-20");
    expect(advance!.poolYearId).toBe((await yearOf("demo-grant-04")).poolYearId);
    await expect(approvePayment(secretariat, pay("demo-grant-04", "advance", "8.000"))).rejects.toMatchObject({
      messageKey: "payments.alreadyApproved",
    });
    expect(await paymentsOf("demo-grant-04")).toHaveLength(1);
    const audit = await db().auditEntry.findFirstOrThrow({
      where: { entityId: "demo-grant-04", action: "payment.advance" },
    });
    expect(audit.actorId).toBe(secretariat.id);
  });
});

describe("the final payout", () => {
  it("follows four eyes: whoever approved the accounts cannot pay them out, and is told the rule", async () => {
    const approver = await actorFor("sekretariat2@example.dk");
    const money = (await getGrantMoney(approver, "demo-call-smaa-2026", "demo-grant-09"))!;
    expect(money.fourEyes.blocked).toBe(true);
    expect(money.can.payFinal).toBeNull();
    const amount = money.settlement!.finalOre;
    const attempt = approvePayment(approver, pay("demo-grant-09", "final", String(amount / 100)));
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ messageKey: "payments.fourEyes" });
    expect(await paymentsOf("demo-grant-09")).toHaveLength(1);
  });

  it("fired 10 times at once is paid exactly once, releases the unspent part once, and is closed after", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const money = (await getGrantMoney(secretariat, "demo-call-smaa-2026", "demo-grant-09"))!;
    const s = money.settlement!;
    expect(money.can.payFinal).toBe(s.finalOre);
    expect(s.finalOre).toBeGreaterThan(0);
    const input = pay("demo-grant-09", "final", (s.finalOre / 100).toLocaleString("da-DK"));
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => approvePayment(secretariat, input)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ messageKey: "payments.alreadyApproved" });
    const finals = (await paymentsOf("demo-grant-09")).filter((p) => p.kind === "FINAL");
    expect(finals).toHaveLength(1);
    expect(finals[0]!.amountOre).toBe(BigInt(s.finalOre));
    expect(await statusOf("demo-grant-09")).toBe("PAID");
    const year = await yearOf("demo-grant-09");
    expect(Number(year.releasedOre)).toBe(s.releaseOre);
    expect(year.releasedAt).not.toBeNull();

    await closeGrant(secretariat, { applicationId: "demo-grant-09" });
    expect(await statusOf("demo-grant-09")).toBe("CLOSED");
    await expect(closeGrant(secretariat, { applicationId: "demo-grant-09" })).rejects.toMatchObject({
      messageKey: "payments.wrongStep",
    });
  });

  it("refuses more than the grant, more than expenses minus income, and any amount but the computed one", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const approver = await actorFor("sekretariat2@example.dk");
    // demo-grant-07: 18.000 kr. granted; accounts of 9.000 + 3.000 kr. less 2.000 kr. income; no advance taken here.
    await approveAccounts("demo-grant-07", [9_000, 3_000], 2_000, approver.id);
    const money = (await getGrantMoney(secretariat, "demo-call-smaa-2026", "demo-grant-07"))!;
    const advance = money.settlement!.advancePaidOre;
    expect(money.settlement).toMatchObject({ expensesOre: 1_200_000, incomeOre: 200_000, owedOre: 1_000_000 });
    const final = 1_000_000 - advance;
    const field = async (amount: string) =>
      ((await approvePayment(secretariat, pay("demo-grant-07", "final", amount)).catch((e) => e)) as ValidationError)
        .fieldErrors?.amount;
    expect(await field("18.001")).toBe("payments.amountAboveGrant");
    expect(await field(String(final / 100 + 1))).toBe("payments.amountAboveOwed");
    expect(await field("-1")).toBe("payments.amountNegative");
    expect(await field("1")).toBe("payments.amountMismatch");
    expect((await paymentsOf("demo-grant-07")).filter((p) => p.kind === "FINAL")).toHaveLength(0);
  });

  it("lets the accounts' approver pay out when the committee has turned four eyes off", async () => {
    const approver = await actorFor("sekretariat2@example.dk");
    await db().committee.update({ where: { id: "demo-committee-noerrebro" }, data: { fourEyesPayments: false } });
    try {
      const money = (await getGrantMoney(approver, "demo-call-smaa-2026", "demo-grant-07"))!;
      expect(money.fourEyes.blocked).toBe(false);
      const amount = money.can.payFinal!;
      await approvePayment(approver, pay("demo-grant-07", "final", (amount / 100).toLocaleString("da-DK")));
      expect(await statusOf("demo-grant-07")).toBe("PAID");
    } finally {
      await db().committee.update({ where: { id: "demo-committee-noerrebro" }, data: { fourEyesPayments: true } });
    }
  });
});

describe("a repayment", () => {
  it("is claimed when the advance exceeds what is owed, releases the rest, and closes when received", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const approver = await actorFor("sekretariat2@example.dk");
    // demo-grant-06: 14.000 kr. granted, 7.000 kr. advance paid; spent 4.000 + 1.000 kr.
    await approveAccounts("demo-grant-06", [4_000, 1_000], 0, approver.id);
    const money = (await getGrantMoney(secretariat, "demo-call-smaa-2026", "demo-grant-06"))!;
    expect(money.settlement).toMatchObject({ owedOre: 500_000, repaymentOre: 200_000, releaseOre: 900_000 });
    expect(money.can.payFinal).toBeNull();
    expect(money.can.claimRepayment).toBe(200_000);
    await expect(approvePayment(secretariat, pay("demo-grant-06", "final", "0"))).rejects.toMatchObject({
      messageKey: "payments.repaymentNeeded",
    });
    await expect(
      claimRepayment(approver, { applicationId: "demo-grant-06", amount: "2.000", note: "" }),
    ).rejects.toMatchObject({ messageKey: "payments.fourEyes" });
    await expect(
      claimRepayment(secretariat, { applicationId: "demo-grant-06", amount: "20.000", note: "" }),
    ).rejects.toMatchObject({ fieldErrors: { amount: "payments.amountAboveGrant" } });
    await claimRepayment(secretariat, { applicationId: "demo-grant-06", amount: "2.000", note: "Faktura sendt" });
    expect(await statusOf("demo-grant-06")).toBe("REPAYMENT");
    expect(Number((await yearOf("demo-grant-06")).releasedOre)).toBe(900_000);
    await expect(
      claimRepayment(secretariat, { applicationId: "demo-grant-06", amount: "2.000", note: "" }),
    ).rejects.toMatchObject({ messageKey: "payments.alreadyApproved" });

    await approvePayment(secretariat, pay("demo-grant-06", "repaymentReceived", "2.000"));
    expect(await statusOf("demo-grant-06")).toBe("CLOSED");
    const repayment = (await paymentsOf("demo-grant-06")).find((p) => p.kind === "REPAYMENT")!;
    expect(repayment).toMatchObject({ amountOre: 200_000n, approvedById: secretariat.id });
    const steps = (await getGrantMoney(secretariat, "demo-call-smaa-2026", "demo-grant-06"))!.steps;
    expect(steps.map((s) => s.key)).toEqual([
      "decided",
      "letterSent",
      "accepted",
      "advancePaid",
      "accountsSubmitted",
      "accountsApproved",
      "repayment",
      "closed",
    ]);
    expect(steps.every((s) => s.done)).toBe(true);
  });
});

describe("who may approve a payment", () => {
  it("is its own committee's secretariat: a member is forbidden, other committees' staff find nothing", async () => {
    const member = await actorFor("medlem1@example.dk");
    await expect(approvePayment(member, pay("demo-grant-05", "final", "1"))).rejects.toBeInstanceOf(ForbiddenError);
    const other = await createCommittee();
    const { actor: stranger } = await createUser({ roles: [{ committeeId: other.id, role: "SECRETARIAT" }] });
    await expect(approvePayment(stranger, pay("demo-grant-05", "final", "1"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(closeGrant(stranger, { applicationId: "demo-grant-10" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getGrantWork(stranger)).toEqual({
      accountsMissing: [],
      accountsToReview: [],
      answersAwaited: [],
      lettersToSend: [],
      paymentsToApprove: [],
    });
  });

  it("shows the secretariat's money work on the dashboard", async () => {
    const work = (await getGrantWork(await actorFor("sekretariat@example.dk")))!;
    expect(work.lettersToSend.map((a) => a.id)).toContain("demo-grant-01");
    expect(work.accountsMissing.map((a) => a.id)).toEqual(expect.arrayContaining(["demo-grant-03", "demo-grant-05"]));
    expect(work.paymentsToApprove.map((a) => a.id)).toContain("demo-grant-13");
  });
});

describe("the committee's four-eyes setting", () => {
  it("is saved from the settings form: unticked turns it off, ticked on, a missing field leaves it", async () => {
    const admin = await actorFor("admin@example.dk");
    const form = async (fourEyesPayments?: string | string[]) => {
      const c = await db().committee.findUniqueOrThrow({ where: { id: "demo-committee-moerkhoej" } });
      return committeeFormSchema.parse({
        committeeId: c.id,
        version: c.version,
        name: c.name,
        kind: c.kind,
        slug: c.slug,
        municipality: c.municipality,
        district: c.district ?? "",
        description: c.description,
        contactName: c.contactName,
        contactEmail: c.contactEmail,
        contactPhone: c.contactPhone,
        ...(fourEyesPayments === undefined ? {} : { fourEyesPayments }),
      });
    };
    const fourEyes = async () =>
      (await db().committee.findUniqueOrThrow({ where: { id: "demo-committee-moerkhoej" } })).fourEyesPayments;
    await updateCommittee(admin, await form("off"));
    expect(await fourEyes()).toBe(false);
    await updateCommittee(admin, await form());
    expect(await fourEyes()).toBe(false);
    await updateCommittee(admin, await form(["off", "on"]));
    expect(await fourEyes()).toBe(true);
  });
});

describe("a grant over two funds years", () => {
  it("books payments on the years in order and returns the unspent part from the last: each year adds up", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const approver = await actorFor("sekretariat2@example.dk");
    // demo-grant-01, 20.000 kr., split as a multi-year grant: 12.000 kr. of 2026 and 8.000 kr. of 2027.
    const first = await yearOf("demo-grant-01");
    const pool = (await db().poolYear.findUniqueOrThrow({ where: { id: first.poolYearId! } })).poolId;
    const next = await db().poolYear.upsert({
      where: { poolId_year: { poolId: pool, year: 2027 } },
      update: {},
      create: { poolId: pool, year: 2027, budgetOre: 300_000_000n },
    });
    await db().decisionYear.update({ where: { id: first.id }, data: { amountOre: 1_200_000n } });
    await db().decisionYear.create({
      data: { decisionId: first.decisionId, poolYearId: next.id, year: 2027, amountOre: 800_000n, conditional: true },
    });
    const version = (await db().application.findUniqueOrThrow({ where: { id: "demo-grant-01" } })).version;
    await sendGrantLetter(secretariat, {
      applicationId: "demo-grant-01",
      version,
      conditions: "",
      accountsDueOn: "2027-01-31",
      payAdvance: true,
    });
    await acceptGrant(null, { token: "demo-grant-01-link-0000000000", acceptedName: "Ida Holm" });

    // The advance, 10.000 kr., fits in 2026's 12.000 kr.
    await approvePayment(secretariat, pay("demo-grant-01", "advance", "10.000"));
    const booked = async () =>
      (await paymentsOf("demo-grant-01"))
        .map((p) => [
          p.kind,
          p.poolYearId === first.poolYearId ? 2026 : p.poolYearId === next.id ? 2027 : 0,
          p.amountOre,
        ])
        .sort();
    expect(await booked()).toEqual([["ADVANCE", 2026, 1_000_000n]]);

    // Owed: 13.000 + 6.500 − 1.000 = 18.500 kr.; the final 8.500 kr.: 2.000 kr. fills 2026, 6.500 kr. goes on 2027.
    await approveAccounts("demo-grant-01", [13_000, 6_500], 1_000, approver.id);
    await approvePayment(secretariat, pay("demo-grant-01", "final", "8.500"));
    expect(await booked()).toEqual([
      ["ADVANCE", 2026, 1_000_000n],
      ["FINAL", 2026, 200_000n],
      ["FINAL", 2027, 650_000n],
    ]);
    // The case file shows one final payout of 8.500 kr.
    const money = (await getGrantMoney(secretariat, "demo-call-smaa-2026", "demo-grant-01"))!;
    expect(money.payments.filter((p) => p.kind === "FINAL").map((p) => p.amountOre)).toEqual([850_000]);
    // The unspent 1.500 kr. returns to 2027; nothing is outstanding on either year for this grant.
    const years = await db().decisionYear.findMany({
      where: { decisionId: first.decisionId },
      orderBy: { year: "asc" },
    });
    expect(years.map((y) => [y.year, y.releasedOre])).toEqual([
      [2026, null],
      [2027, 150_000n],
    ]);
    // A second final payout is still refused (the slot and the claim).
    await expect(approvePayment(secretariat, pay("demo-grant-01", "final", "8.500"))).rejects.toBeInstanceOf(UserError);
    const sums = await ledgerSums(db(), [next.id]);
    expect(sums.get(next.id)).toMatchObject({
      committedOre: 800_000,
      paidOre: 650_000,
      releasedOre: 150_000,
      outstandingOre: 0,
    });
  });
});
