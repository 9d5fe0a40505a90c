// The money after the decision: a round of small grants decided by the secretariat under delegation in 2026, one
// grant in each step of a grant's life (issue 14, point 10), so every screen has something to show. Dates that
// must stand in a relation to today (an overdue or a due-soon account) are set from the day of seeding; the rest
// are fixed. Each grant's private link is a fixed demo token: `/ansoegning/demo-grant-NN-link-0000000000`.
import { hashToken } from "../../../lib/auth/tokens";
import { advanceFor, settle } from "../../../lib/grants/model";
import { d, kr, type Tx } from "./shared";
import { secretariatId } from "./users";

export const demoGrantLink = (n: number) => `demo-grant-${String(n).padStart(2, "0")}-link-0000000000`;

type Step =
  | "DECIDED"
  | "GRANT_LETTER_SENT"
  | "GRANT_ACCEPTED"
  | "ADVANCE_PAID"
  | "ACCOUNTS_RECEIVED"
  | "ACCOUNTS_RETURNED"
  | "APPROVED"
  | "PAID"
  | "REPAYMENT"
  | "CLOSED"
  | "LAPSED";

type DemoGrant = {
  status: Step;
  org: string;
  contact: string;
  title: string;
  grantedKr: number;
  budget: [label: string, kroner: number][];
  incomeKr?: number;
  /** Actual expenses per budget line, for grants that reported back. */
  actual?: number[];
  /** Days from today to the accounts deadline (negative: overdue). */
  dueInDays?: number;
  applicant?: boolean;
};

// 01 is the end-to-end test's own (its letter is sent in the test); 02 is a decided grant for the screens.
const grants: DemoGrant[] = [
  {
    status: "DECIDED",
    org: "Foreningen Grøn Gård",
    contact: "Ida Holm",
    title: "Plantedag i Mjølnerparken",
    grantedKr: 20_000,
    budget: [
      ["Planter og jord", 14_000],
      ["Værktøj", 6_000],
    ],
  },
  {
    status: "DECIDED",
    org: "Nørrebro Skakklub",
    contact: "Omar Said",
    title: "Skakturnering i Nørrebroparken",
    grantedKr: 8_000,
    budget: [
      ["Præmier", 3_000],
      ["Leje af telt", 5_000],
    ],
  },
  {
    status: "GRANT_LETTER_SENT",
    org: "Kulturforeningen Rådmandsgade",
    contact: "Sara Lind",
    title: "Fortælleaftener i gården",
    grantedKr: 12_000,
    budget: [
      ["Honorarer", 9_000],
      ["Forplejning", 3_000],
    ],
    dueInDays: 120,
    applicant: true,
  },
  {
    status: "GRANT_ACCEPTED",
    org: "Beboerforeningen Lundtoftegade",
    contact: "Peter Krogh",
    title: "Sommerfest for hele karréen",
    grantedKr: 16_000,
    budget: [
      ["Musik", 8_000],
      ["Mad", 8_000],
    ],
    dueInDays: 150,
  },
  {
    status: "ADVANCE_PAID",
    org: "Strikkeklubben Blågården",
    contact: "Hanne Vig",
    title: "Strikkecafé for alle",
    grantedKr: 10_000,
    budget: [
      ["Garn og pinde", 6_000],
      ["Kaffe og kage", 4_000],
    ],
    dueInDays: -20,
  },
  {
    status: "ADVANCE_PAID",
    org: "Foreningen Cykel for Alle",
    contact: "Jonas Berg",
    title: "Cykelskole for kvinder",
    grantedKr: 14_000,
    budget: [
      ["Instruktører", 10_000],
      ["Cykler (leje)", 4_000],
    ],
    dueInDays: 10,
  },
  {
    status: "ACCOUNTS_RECEIVED",
    org: "Nørrebro Filmklub",
    contact: "Lea Dahl",
    title: "Udendørs biograf",
    grantedKr: 18_000,
    budget: [
      ["Lærred og lyd", 12_000],
      ["Filmrettigheder", 6_000],
    ],
    actual: [11_437, 5_985],
    incomeKr: 1_015,
  },
  {
    status: "ACCOUNTS_RETURNED",
    org: "Forældrenetværket Nørrebro",
    contact: "Nadia Aziz",
    title: "Legedage i vinterferien",
    grantedKr: 9_000,
    budget: [
      ["Materialer", 5_000],
      ["Lokaleleje", 4_000],
    ],
    actual: [4_815, 3_990],
    applicant: true,
  },
  {
    status: "APPROVED",
    org: "Seniorklubben Stengade",
    contact: "Birthe Mogensen",
    title: "Seniordans hver tirsdag",
    grantedKr: 15_000,
    budget: [
      ["Danselærer", 12_000],
      ["Musikanlæg", 3_000],
    ],
    actual: [11_975, 2_485],
  },
  {
    status: "PAID",
    org: "Lokalavisen Nørrebro Nu",
    contact: "Kasper Friis",
    title: "Skrivekursus for unge",
    grantedKr: 11_000,
    budget: [
      ["Underviser", 8_000],
      ["Trykning", 3_000],
    ],
    actual: [7_985, 2_990],
  },
  {
    status: "CLOSED",
    org: "Gårdlaug Ægirsgade",
    contact: "Mette Skov",
    title: "Ny bænk og bed i gården",
    grantedKr: 13_000,
    budget: [
      ["Bænk", 7_000],
      ["Bed og planter", 6_000],
    ],
    actual: [6_515, 4_985],
  },
  {
    status: "LAPSED",
    org: "Musikforeningen Baggården",
    contact: "Ali Demir",
    title: "Koncertrække i baggården",
    grantedKr: 12_000,
    budget: [
      ["Honorarer", 10_000],
      ["Lyd", 2_000],
    ],
    dueInDays: -60,
  },
  {
    status: "REPAYMENT",
    org: "Teatergruppen Stjernen",
    contact: "Eva Nørgaard",
    title: "Gadeteater på Assistens",
    grantedKr: 20_000,
    budget: [
      ["Kostumer", 8_000],
      ["Honorarer", 12_000],
    ],
    actual: [2_985, 3_990],
  },
];

const reported: Step[] = ["ACCOUNTS_RECEIVED", "ACCOUNTS_RETURNED", "APPROVED", "PAID", "CLOSED", "REPAYMENT"];
const accepted: Step[] = ["GRANT_ACCEPTED", "ADVANCE_PAID", ...reported, "LAPSED"];
const advanced: Step[] = ["ADVANCE_PAID", ...reported];
const settled: Step[] = ["PAID", "CLOSED", "REPAYMENT"];
const ADVANCE_PCT = 50;
const dayMs = 86_400_000;

export async function seedGrantLife(
  tx: Tx,
  ctx: { noerrebroId: string; poolId: string; poolYear2026Id: string; rubricId: string },
) {
  const call = await tx.call.create({
    data: {
      id: "demo-call-smaa-2026",
      slug: "smaa-arrangementer-2026",
      committeeId: ctx.noerrebroId,
      poolId: ctx.poolId,
      rubricId: ctx.rubricId,
      title: "Små arrangementer 2026",
      description: "Hurtige tilskud op til 20.000 kr. til arrangementer, der samler naboer. Sekretariatet afgør.",
      amountAvailableOre: kr(200_000),
      minGrantOre: kr(2_000),
      maxGrantOre: kr(20_000),
      deadline: d("2026-03-15T22:59:00Z"),
      decidedBy: "SECRETARIAT",
      status: "DECIDED",
      publishedAt: d("2026-01-15T08:00:00Z"),
    },
  });
  const now = Date.now();
  for (const [i, g] of grants.entries()) {
    const n = String(i + 1).padStart(2, "0");
    const org = await tx.organisation.create({
      data: { id: `demo-org-grant-${n}`, name: g.org, kind: "ASSOCIATION", address: `Nørrebrogade ${100 + i}` },
    });
    const app = await tx.application.create({
      data: {
        id: `demo-grant-${n}`,
        callId: call.id,
        organisationId: org.id,
        applicantId: g.applicant ? "demo-user-ansoeger" : undefined,
        reference: `NLU-S26-${n}`,
        accessTokenHash: hashToken(demoGrantLink(i + 1)),
        accessExpiresAt: d("2030-01-01T00:00:00Z"),
        contactName: g.contact,
        contactEmail: `tilskud${n}@example.dk`,
        title: g.title,
        description: `${g.title}: et arrangement for naboerne, åbent for alle.`,
        successCriteria: "Mindst 40 deltagere, og at naboer, der ikke kendte hinanden, mødes.",
        periodText: "2026",
        periodStart: d("2026-05-01T00:00:00Z"),
        periodEnd: d("2026-09-30T00:00:00Z"),
        requestedOre: kr(g.budget.reduce((s, [, k]) => s + k, 0)),
        status: g.status,
        eligible: true,
        submittedAt: d("2026-03-01T12:00:00Z"),
        budgetLines: { create: g.budget.map(([label, k], position) => ({ label, amountOre: kr(k), position })) },
      },
      include: { budgetLines: true },
    });
    const granted = kr(g.grantedKr);
    const decision = await tx.decision.create({
      data: {
        applicationId: app.id,
        decidingBody: "SECRETARIAT",
        outcome: "GRANT",
        amountOre: granted,
        fundsYear: 2026,
        reasons: "Arrangementet samler naboer på tværs og opfylder puljens kriterier.",
        decidedOn: d("2026-03-25T10:00:00Z"),
        recordedById: secretariatId,
        years: { create: [{ poolYearId: ctx.poolYear2026Id, year: 2026, amountOre: granted }] },
      },
      include: { years: true },
    });
    if (g.status === "DECIDED") continue;

    const advanceOre = advanceFor(g.grantedKr * 100, ADVANCE_PCT);
    const dueOn = g.dueInDays !== undefined ? new Date(now + g.dueInDays * dayMs) : d("2026-10-31T00:00:00Z");
    dueOn.setUTCHours(0, 0, 0, 0);
    await tx.grantLetter.create({
      data: {
        decisionId: decision.id,
        body:
          `Nørrebro Lokaludvalg har bevilget op til ${g.grantedKr.toLocaleString("da-DK")} kr. til "${g.title}". ` +
          "Ubrugte midler går tilbage til puljen, og sekretariatet kan ved stikprøve bede om kvitteringer.",
        accountsDueOn: dueOn,
        advanceOre: BigInt(advanceOre),
        sentAt: d("2026-03-26T09:00:00Z"),
        sentById: secretariatId,
        ...(accepted.includes(g.status) ? { acceptedAt: d("2026-03-28T19:12:00Z"), acceptedName: g.contact } : {}),
        ...(g.status === "LAPSED" ? { reminderSentAt: new Date(now - 40 * dayMs) } : {}),
      },
    });
    const payment = (kind: "ADVANCE" | "FINAL" | "REPAYMENT", ore: number, paidOn: string) =>
      tx.payment.create({
        data: {
          decisionId: decision.id,
          poolYearId: ctx.poolYear2026Id,
          kind,
          amountOre: BigInt(ore),
          paidOn: d(paidOn),
          reference: `UDB-S26-${n}-${kind === "ADVANCE" ? "A" : kind === "FINAL" ? "S" : "T"}`,
          approvedById: secretariatId,
          slot: `${decision.id}:${kind}`,
        },
      });
    if (advanced.includes(g.status)) await payment("ADVANCE", advanceOre, "2026-04-02T00:00:00Z");

    if (g.actual) {
      const expenses = kr(g.actual.reduce((s, k) => s + k, 0));
      await tx.accountsReport.create({
        data: {
          applicationId: app.id,
          status:
            g.status === "ACCOUNTS_RECEIVED"
              ? "SUBMITTED"
              : g.status === "ACCOUNTS_RETURNED"
                ? "MORE_REQUESTED"
                : "APPROVED",
          receivedAt: d("2026-10-15T12:00:00Z"),
          submittedName: g.contact,
          ...(g.status === "ACCOUNTS_RETURNED"
            ? { requestText: "Send venligst kvitteringen for lokalelejen.", requestedAt: d("2026-10-20T09:00:00Z") }
            : {}),
          ...(reported.slice(2).includes(g.status)
            ? { approvedAt: d("2026-10-25T09:00:00Z"), approvedById: "demo-user-sekretariat2" }
            : {}),
          lines: {
            create: [
              ...app.budgetLines.map((line, k) => ({
                budgetLineId: line.id,
                label: line.label,
                budgetOre: line.amountOre,
                actualOre: kr(g.actual![k]!),
              })),
              ...(g.incomeKr
                ? [{ label: "Entré og salg", isIncome: true, budgetOre: 0n, actualOre: kr(g.incomeKr) }]
                : []),
            ],
          },
        },
      });
      await tx.evaluation.create({
        data: {
          applicationId: app.id,
          text: `${g.title} blev gennemført som planlagt.`,
          participants: 35 + i * 5,
          criteriaText: "Vi nåede næsten målet på 40 deltagere, og mange kom for første gang.",
          receivedAt: d("2026-10-15T12:00:00Z"),
        },
      });
      if (settled.includes(g.status)) {
        const s = settle({
          grantedOre: g.grantedKr * 100,
          expensesOre: Number(expenses),
          incomeOre: (g.incomeKr ?? 0) * 100,
          advancePaidOre: advanceOre,
        });
        if (s.finalOre > 0) await payment("FINAL", s.finalOre, "2026-11-02T00:00:00Z");
        // The unspent part returns to the funds year with the settlement (the final payout or the repayment claim).
        await tx.decisionYear.update({
          where: { id: decision.years[0]!.id },
          data: { releasedOre: BigInt(s.releaseOre), releasedAt: d("2026-11-02T00:00:00Z"), releaseNote: "Ikke brugt" },
        });
      }
    }
    if (g.status === "LAPSED")
      await tx.decisionYear.update({
        where: { id: decision.years[0]!.id },
        data: {
          releasedOre: granted,
          releasedAt: new Date(now - 20 * dayMs),
          releaseNote: "Bortfaldet: intet regnskab",
        },
      });
  }
}
