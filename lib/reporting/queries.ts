import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/actions/errors";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";
import { notRuledOut } from "@/lib/calls/queries";
import { applicantGrant, type ApplicantKey } from "@/lib/grants/applicant-access";
import { drawSpotChecks, nextGrantStatus } from "@/lib/grants/model";
import { oreToNumber } from "@/lib/money";
import { accountsTotals, type AccountsTotals } from "./model";
import { earlierPopulations, spotCheckPopulationWhere } from "./spot-checks";

const n = (v: bigint | null) => oreToNumber(v) ?? 0;

const accountsSelect = {
  id: true,
  status: true,
  version: true,
  receivedAt: true,
  submittedName: true,
  spotCheck: true,
  requestText: true,
  requestedAt: true,
  answerText: true,
  rejectedOre: true,
  rejectionReason: true,
  approvedAt: true,
  lines: {
    orderBy: [{ isIncome: "asc" }, { budgetLine: { position: "asc" } }],
    select: { id: true, budgetLineId: true, label: true, isIncome: true, budgetOre: true, actualOre: true },
  },
  attachments: {
    where: { deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, filename: true, isReceipt: true, sizeBytes: true, createdAt: true },
  },
} satisfies Prisma.AccountsReportSelect;

type AccountsRow = {
  status: string;
  rejectedOre: bigint | null;
  lines: { isIncome: boolean; budgetOre: bigint; actualOre: bigint }[];
};

type Shaped<A extends AccountsRow> = Omit<A, "lines" | "rejectedOre"> & {
  lines: (Omit<A["lines"][number], "budgetOre" | "actualOre"> & { budgetOre: number; actualOre: number })[];
  rejectedOre: number | null;
  totals: AccountsTotals;
};

function shapeAccounts<A extends AccountsRow>(a: A): Shaped<A> {
  const lines = a.lines.map((l) => ({ ...l, budgetOre: n(l.budgetOre), actualOre: n(l.actualOre) }));
  return {
    ...a,
    lines,
    rejectedOre: oreToNumber(a.rejectedOre),
    totals: accountsTotals(lines),
  } as unknown as Shaped<A>;
}

/** Where the applicant downloads a file of their accounts: under the private link, or under their own page. */
const fileBase = (key: ApplicantKey, applicationId: string) =>
  key.token ? `/ansoegning/${key.token}/regnskab` : `/mine/${applicationId}/regnskab`;

/**
 * The applicant's side of reporting back, for the private link or their own page: the expense lines to report
 * against, what was reported (and asked for), whether accounts can be sent now. Null when the key reaches nothing.
 */
export async function getApplicantReporting(actor: Actor | null, key: ApplicantKey) {
  const grant = await applicantGrant(db(), actor, key).catch((e) => {
    if (e instanceof NotFoundError) return null;
    throw e;
  });
  if (!grant) return null;
  const app = await db().application.findUniqueOrThrow({
    where: { id: grant.id },
    select: {
      id: true,
      status: true,
      successCriteria: true,
      contactName: true,
      budgetLines: {
        where: { isIncome: false },
        orderBy: { position: "asc" },
        select: { id: true, label: true, amountOre: true },
      },
      accounts: { select: accountsSelect },
      evaluations: {
        orderBy: { receivedAt: "desc" },
        take: 1,
        select: { text: true, participants: true, criteriaText: true, receivedAt: true },
      },
    },
  });
  return {
    key: key.token ? { token: key.token } : { applicationId: app.id },
    status: app.status,
    canSubmit: nextGrantStatus(app.status, "accountsSubmitted") !== null,
    returned: app.status === "ACCOUNTS_RETURNED",
    successCriteria: app.successCriteria,
    contactName: app.contactName,
    budget: app.budgetLines.map((b) => ({ ...b, amountOre: n(b.amountOre) })),
    accounts: app.accounts ? shapeAccounts(app.accounts) : null,
    evaluation: app.evaluations[0] ?? null,
    fileBase: fileBase(key, app.id),
  };
}

/** A file of the applicant's own accounts, for the applicant (link or account); null when not theirs. */
export async function getApplicantAccountsFile(actor: Actor | null, key: ApplicantKey, fileId: string) {
  const grant = await applicantGrant(db(), actor, key).catch(() => null);
  if (!grant) return null;
  return db().attachment.findFirst({
    where: { id: fileId, deletedAt: null, accounts: { applicationId: grant.id } },
    select: { filename: true, mimeType: true, data: true },
  });
}

/** Where the secretariat reviewing accounts may look: their committees, less cases they are ruled out of. */
const reviewable = (actor: Actor) => ({
  deletedAt: null,
  call: { committeeId: { in: committeesWhere(actor, "grant:manage") } },
  ...notRuledOut(actor),
});

/** A file of a grant's accounts, for the secretariat of its committee. */
export async function getAccountsFile(actor: Actor, id: string) {
  return db().attachment.findFirst({
    where: { id, deletedAt: null, accounts: { application: reviewable(actor) } },
    select: { filename: true, mimeType: true, data: true },
  });
}

/**
 * The secretariat's review of a grant's accounts in the case file: budget against actual per line, income, the net,
 * the documentation, the evaluation against the success criteria, the spot-check flag, and what may be done now.
 * Null without accounts or without grant:manage in the committee.
 */
export const getAccountsReview = cache(async (actor: Actor, applicationId: string) => {
  const app = await db().application.findFirst({
    where: { id: applicationId, ...reviewable(actor) },
    select: {
      id: true,
      status: true,
      successCriteria: true,
      accounts: { select: accountsSelect },
      evaluations: {
        orderBy: { receivedAt: "desc" },
        take: 1,
        select: { text: true, participants: true, criteriaText: true, receivedAt: true },
      },
      decisions: { take: 1, orderBy: { decidedOn: "desc" }, select: { amountOre: true } },
    },
  });
  if (!app?.accounts) return null;
  const accounts = shapeAccounts(app.accounts);
  const reviewableNow = accounts.status === "SUBMITTED" && app.status === "ACCOUNTS_RECEIVED";
  return {
    applicationId: app.id,
    status: app.status,
    successCriteria: app.successCriteria,
    grantedOre: n(app.decisions[0]?.amountOre ?? null),
    accounts,
    evaluation: app.evaluations[0] ?? null,
    receipts: accounts.attachments.filter((a) => a.isReceipt).length,
    canReview: reviewableNow,
  };
});

/**
 * The spot-check page of a pool and funds year: every draw with its seed, population and drawn references, and the
 * draw recomputed from the recorded seed (anyone can redo it), and how many reported grants are left to draw from.
 */
export async function getSpotCheckPage(actor: Actor, poolId: string, year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return null;
  const pool = await db().pool.findFirst({
    where: { id: poolId, deletedAt: null, committeeId: { in: committeesWhere(actor, "grant:manage") } },
    select: { id: true, name: true, committee: { select: { name: true } } },
  });
  if (!pool) return null;
  const draws = await db().spotCheckDraw.findMany({
    where: { poolId, year },
    orderBy: { drawnAt: "asc" },
    select: { id: true, seed: true, sharePct: true, population: true, drawn: true, drawnAt: true },
  });
  const earlier = await earlierPopulations(db(), poolId);
  const left = await db().accountsReport.count({ where: spotCheckPopulationWhere(poolId, year, earlier) });
  return {
    pool,
    year,
    left,
    draws: draws.map((d) => {
      const redrawn = drawSpotChecks(d.seed, d.population, d.sharePct);
      return { ...d, redrawn, matches: redrawn.join(",") === [...d.drawn].sort().join(",") };
    }),
  };
}

/**
 * The signed-in applicant's own application, as the private link shows it (no scores, comments or conflicts): for
 * `/mine/[id]`. Another applicant's id, staff, or no session: null (the page answers 404).
 */
export const getOwnApplication = cache(async (actor: Actor | null, id: string) => {
  const grant = await applicantGrant(db(), actor, { applicationId: id }).catch(() => null);
  if (!grant) return null;
  const app = await db().application.findUniqueOrThrow({
    where: { id: grant.id },
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      submittedAt: true,
      requestedOre: true,
      organisation: { select: { name: true } },
      eligible: true,
      eligibilityReason: true,
      messages: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fromApplicant: true, body: true, createdAt: true },
      },
      call: { select: { title: true, committee: { select: { name: true } } } },
      decisions: {
        orderBy: { decidedOn: "desc" },
        take: 1,
        select: { outcome: true, amountOre: true, fundsYear: true, conditional: true, reasons: true },
      },
    },
  });
  const d = app.decisions[0];
  return {
    ...app,
    requestedOre: n(app.requestedOre),
    decision: d ? { ...d, amountOre: oreToNumber(d.amountOre) } : null,
  };
});
