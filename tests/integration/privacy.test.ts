import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { hashToken } from "@/lib/auth/tokens";
import { runReminders } from "@/lib/jobs/run";
import { anonymisedText } from "@/lib/privacy/model";
import { exportPersonData } from "@/lib/privacy/mutations";
import { lookUpPerson } from "@/lib/privacy/queries";
import { runRetention } from "@/lib/privacy/retention";
import { parsePublicFilters } from "@/lib/public/model";
import { getCommitteePage, getInitiative, listInitiatives, listPortraits } from "@/lib/public/queries";
import { listSitemapEntries } from "@/lib/public/open-data";
import { GET as grantsJson } from "@/app/api/public/grants.json/route";
import { GET as grantsCsv } from "@/app/api/public/grants.csv/route";
import { GET as portraitFeed } from "@/app/(public)/portraetter/feed.xml/route";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor, createCallWithApplications } from "@/tests/factories";

const committeeId = "demo-committee-noerrebro";
const dayMs = 86_400_000;
const yearsAgo = (n: number) => new Date(Date.now() - n * 365 * dayMs);
let admin: Actor;

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
  admin = await actorFor("admin@example.dk");
}, 60_000);

/** Every public output: the initiative list and pages, the open-data files, the Atom feed, committee, sitemap. */
async function everythingPublic(extraIds: readonly string[]): Promise<string> {
  const list = await listInitiatives(null, parsePublicFilters({}));
  const ids = [...new Set([...list.items.map((i) => i.id), ...extraIds])];
  const pages = await Promise.all(ids.map((id) => getInitiative(null, id)));
  // The JSON file names the moment it was generated: the one part that differs per request, left out here.
  const json = (await (await grantsJson()).text()).replace(/"generated":"[^"]*"/, '"generated":""');
  const files = [json, await (await grantsCsv()).text(), await (await portraitFeed()).text()];
  const committee = await Promise.all([2021, 2025, 2026].map((y) => getCommitteePage(null, "noerrebro", y)));
  return JSON.stringify([list, pages, files, committee, await listPortraits(null), await listSitemapEntries(null)]);
}

type Case = { id: string; email: string; name: string };

/**
 * An applicant's case with something of every kind hanging on it: messages, a decision with a grant letter the
 * applicant accepted, accounts with a line and a receipt, an application file, evaluations (one published), a visit,
 * mails (one unsent), a reminder. A private person, published under a chosen public name.
 */
async function richCase(
  applicationId: string,
  over: { email: string; name: string; status: string; closedAt: Date; retainUntil: Date | null },
): Promise<Case> {
  const app = await db().application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { organisationId: true },
  });
  await db().organisation.update({
    where: { id: app.organisationId },
    data: { name: over.name, kind: "PRIVATE_PERSON", address: "Fælledvej 3, 2200 København N" },
  });
  await db().application.update({
    where: { id: applicationId },
    data: {
      contactName: over.name,
      contactEmail: over.email,
      contactPhone: "+45 20 20 20 20",
      title: `Gårdfest ${applicationId.slice(-4)}`,
      description: `Jeg, ${over.name}, vil holde gårdfest for opgangen.`,
      targetGroup: "Naboerne i opgang B",
      successCriteria: "At alle i opgangen kommer",
      status: over.status as never,
      eligible: true,
      submittedAt: new Date(over.closedAt.getTime() - 200 * dayMs),
      retainUntil: over.retainUntil,
      publishedAt: new Date(over.closedAt.getTime() - 100 * dayMs),
      publicSummary: `OFFENTLIGT: gårdfest ${applicationId.slice(-4)}`,
      publicName: "Naboerne i opgang B",
      accessTokenHash: hashToken(`link-${applicationId}`),
      statusChanges: {
        create: [
          {
            from: null,
            to: "SUBMITTED",
            note: `Indsendt af ${over.name}`,
            at: new Date(over.closedAt.getTime() - 200 * dayMs),
          },
          { from: "PAID", to: over.status as never, note: "Sagen er afsluttet", at: over.closedAt },
        ],
      },
      messages: { create: [{ fromApplicant: true, body: `Hilsen ${over.name}, ring på 20 20 20 20` }] },
      evaluations: {
        create: [
          { text: "OFFENTLIG-EVALUERING: 60 naboer kom.", receivedAt: over.closedAt, published: true },
          { text: `Intern evaluering fra ${over.name}`, criteriaText: "Alle kom", receivedAt: over.closedAt },
        ],
      },
      visits: {
        create: [{ visitedOn: new Date(over.closedAt.getTime() - 150 * dayMs), notes: "Hjemme hos ansøgeren" }],
      },
      attachments: {
        create: [
          {
            filename: "budget.pdf",
            mimeType: "application/pdf",
            sizeBytes: 4,
            sha256: "a".repeat(64),
            data: Buffer.from("%PDF"),
          },
        ],
      },
      emails: {
        create: [
          {
            toAddress: over.email,
            subject: `Tilsagn til ${over.name}`,
            body: "Se tilsagnet: [link]",
            sealedBody: "SEALED-PRIVATE-LINK",
            kind: "grant-letter",
            sentAt: over.closedAt,
          },
          { toAddress: over.email, subject: "Ikke sendt", body: "…", kind: "reminder:x" },
        ],
      },
      reminders: { create: [{ key: `accounts-due-soon:${applicationId}:2020-01-01`, kind: "accounts-due-soon" }] },
    },
  });
  // The audit log about the case: what the applicant did (labelled with their address), and a question from the
  // secretariat that names them.
  await db().auditEntry.createMany({
    data: [
      {
        actorLabel: over.email,
        action: "application.reply",
        entityType: "Application",
        entityId: applicationId,
        changes: { body: `Hilsen ${over.name}, ring på 20 20 20 20` },
      },
      {
        actorLabel: "sekretariat@example.dk",
        action: "application.ask",
        entityType: "Application",
        entityId: applicationId,
        changes: { body: `Kære ${over.name}, send os budgettet.` },
      },
    ],
  });
  await db().decision.create({
    data: {
      applicationId,
      outcome: "GRANT",
      amountOre: 500_000n,
      fundsYear: 2026,
      reasons: "Festen samler opgangen.",
      decidedOn: new Date(over.closedAt.getTime() - 180 * dayMs),
      grantLetter: {
        create: {
          body: `Kære ${over.name}. Udvalget har bevilget 5.000 kr. til gårdfesten.`,
          sentAt: new Date(over.closedAt.getTime() - 179 * dayMs),
          acceptedAt: new Date(over.closedAt.getTime() - 178 * dayMs),
          acceptedName: over.name,
        },
      },
    },
  });
  const accounts = await db().accountsReport.create({
    data: {
      applicationId,
      status: "APPROVED",
      receivedAt: over.closedAt,
      submittedName: over.name,
      requestText: "Send kvitteringen for grillen",
      answerText: `Her er den, ${over.name}`,
      note: "Godkendt efter svar",
      lines: { create: [{ label: "Grill", budgetOre: 300_000n, actualOre: 290_000n }] },
    },
  });
  await db().attachment.create({
    data: {
      accountsId: accounts.id,
      isReceipt: true,
      filename: "kvittering.jpg",
      mimeType: "image/jpeg",
      sizeBytes: 3,
      sha256: "b".repeat(64),
      data: Buffer.from("jpg"),
    },
  });
  return { id: applicationId, email: over.email, name: over.name };
}

const applicantKinds = [
  "applications",
  "organisations",
  "messages",
  "decisions",
  "accountsReports",
  "evaluations",
  "visits",
  "attachments",
  "emails",
  "reminders",
] as const;
const memberKinds = ["memberships", "conflictDeclarations", "scores", "auditEntries", "sessions"] as const;

describe("the export of one person's data", () => {
  it("holds every kind of record of a seeded applicant, found by address in any case, and no secrets", async () => {
    const { applications } = await createCallWithApplications(committeeId, 1);
    const c = await richCase(applications[0]!.id, {
      email: "Sofie.Holm@example.dk",
      name: "Sofie Holm",
      status: "CLOSED",
      closedAt: yearsAgo(1),
      retainUntil: null,
    });
    const { contactEmail } = await db().committee.findUniqueOrThrow({ where: { id: committeeId } });
    await db().committee.update({ where: { id: committeeId }, data: { contactEmail: "sofie.holm@EXAMPLE.dk" } });
    try {
      const summary = await lookUpPerson(admin, { email: "sofie.holm@example.dk" });
      const count = (kind: string) => summary.counts.find((k) => k.kind === kind)?.count;
      expect(count("attachments")).toBe(2);
      for (const kind of applicantKinds) expect(count(kind), kind).toBeGreaterThan(0);
      expect(count("emails")).toBe(2);
      expect(count("committeeContacts")).toBe(1);
      expect(summary.hasAccount).toBe(false);

      const json = await exportPersonData(admin, { email: "sofie.holm@example.dk" });
      const doc = JSON.parse(json) as { records: Record<string, Record<string, unknown>[]> };
      expect(doc.records.applications![0]).toMatchObject({
        id: c.id,
        contactName: "Sofie Holm",
        requestedOre: 1_000_000,
      });
      expect(doc.records.attachments!.map((a) => a.sha256).sort()).toEqual(["a".repeat(64), "b".repeat(64)]);
      expect(doc.records.decisions![0]).toMatchObject({
        outcome: "GRANT",
        grantLetter: { acceptedName: "Sofie Holm" },
      });
      expect(json).not.toContain("SEALED-PRIVATE-LINK");
      expect(json).not.toContain(hashToken(`link-${c.id}`));
      expect(json).not.toContain("%PDF");
      expect(json).not.toMatch(/"data"|accessTokenHash|sealedBody|submitKey/);
    } finally {
      await db().committee.update({ where: { id: committeeId }, data: { contactEmail } });
    }
  });

  it("holds a seeded member's account, roles, conflicts, scores, audit entries, sessions, and no secrets", async () => {
    const member = await db().user.findUniqueOrThrow({
      where: { email: "medlem1@example.dk" },
      select: { id: true, passwordHash: true },
    });
    const score = await db().score.findFirstOrThrow({ where: { userId: member.id }, select: { id: true } });
    await db().score.update({ where: { id: score.id }, data: { comment: "MEDLEMMETS-KOMMENTAR" } });
    await db().user.update({ where: { id: member.id }, data: { totpSecret: "SEALED-TOTP-SECRET" } });
    const session = await db().userSession.create({
      data: { userId: member.id, userAgent: "Firefox 140", address: "10.0.0.7" },
    });
    await db().userToken.create({
      data: { purpose: "RESET", tokenHash: "TOKEN-HASH-1", userId: member.id, expiresAt: new Date(Date.now() + dayMs) },
    });
    await db().recoveryCode.create({ data: { userId: member.id, codeHash: "RECOVERY-HASH-1" } });
    await db().conflictDeclaration.create({
      data: {
        applicationId: "demo-app-002",
        userId: member.id,
        ground: "FAMILY",
        description: "MIN-SØSTER-SØGER",
        declaredById: member.id,
      },
    });
    await audit(db(), {
      actorId: member.id,
      actorLabel: "medlem1@example.dk",
      action: "score.save",
      entityType: "Application",
      entityId: "demo-app-002",
    });

    const summary = await lookUpPerson(admin, { email: "MEDLEM1@example.dk" });
    expect(summary.hasAccount).toBe(true);
    for (const kind of memberKinds) expect(summary.counts.find((k) => k.kind === kind)?.count, kind).toBeGreaterThan(0);

    const json = await exportPersonData(admin, { email: "medlem1@example.dk" });
    const doc = JSON.parse(json) as { user: Record<string, unknown>; records: Record<string, unknown[]> };
    expect(doc.user).toMatchObject({ id: member.id, email: "medlem1@example.dk" });
    expect(json).toContain("MEDLEMMETS-KOMMENTAR");
    expect(json).toContain("MIN-SØSTER-SØGER");
    expect(json).toContain("Firefox 140");
    for (const secret of [member.passwordHash!, "SEALED-TOTP-SECRET", "TOKEN-HASH-1", "RECOVERY-HASH-1", session.id])
      expect(json).not.toContain(secret);
    expect(json).not.toMatch(/passwordHash|totpSecret|tokenHash|codeHash/);
  });

  it("audits each download: who exported whose data, and when", async () => {
    const before = new Date();
    await exportPersonData(admin, { email: "medlem1@example.dk" });
    const entries = await db().auditEntry.findMany({
      where: { action: "privacy.export", entityId: "medlem1@example.dk", at: { gte: before } },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin.id, entityType: "Person" });
  });

  it("matches exactly: a near address, a pattern character or a part finds nothing, and says so", async () => {
    for (const email of ["medlem1_example.dk@x.dk", "medlem@example.dk", "edlem1@example.dk", "medlem1@example.d"]) {
      const s = await lookUpPerson(admin, { email });
      expect([email, s.total]).toEqual([email, 0]);
    }
    // "_" is a wildcard in LIKE: it must not stand for the "." of sofie.holm.
    expect((await lookUpPerson(admin, { email: "sofie_holm@example.dk" })).total).toBe(0);
  });

  it("is refused to anyone but an installation admin", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    await expect(lookUpPerson(secretariat, { email: "medlem1@example.dk" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportPersonData(secretariat, { email: "medlem1@example.dk" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the retention job", () => {
  it("anonymises exactly the due cases, changes nothing public, and a second run changes nothing", async () => {
    const { applications } = await createCallWithApplications(committeeId, 5);
    const [oldClosed, open, recent, retained, refused] = applications.map((a) => a.id) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const due = await richCase(oldClosed, {
      email: "gammel.sag@example.dk",
      name: "Gunnar Gammelsag",
      status: "CLOSED",
      closedAt: yearsAgo(6),
      retainUntil: yearsAgo(1),
    });
    await richCase(open, {
      email: "aaben@example.dk",
      name: "Åse Åben",
      status: "SCORING",
      closedAt: yearsAgo(6),
      retainUntil: null,
    });
    await richCase(recent, {
      email: "ny@example.dk",
      name: "Nina Ny",
      status: "LAPSED",
      closedAt: new Date(Date.now() - 30 * dayMs),
      retainUntil: null,
    });
    await richCase(retained, {
      email: "bevaret@example.dk",
      name: "Bent Bevaret",
      status: "WITHDRAWN",
      closedAt: yearsAgo(6),
      retainUntil: new Date(Date.now() + 365 * dayMs),
    });
    // A refusal closed long ago: DECIDED with a REFUSAL decision, never published.
    await db().application.update({
      where: { id: refused },
      data: { status: "DECIDED", contactName: "Rita Refus", contactEmail: "rita@example.dk" },
    });
    await db().decision.create({
      data: {
        applicationId: refused,
        outcome: "REFUSAL",
        reasons: "Uden for puljens formål.",
        decidedOn: yearsAgo(5),
      },
    });
    const untouched = [open, recent, retained];
    const snapshot = async () =>
      JSON.stringify(
        await db().application.findMany({
          where: { id: { in: applications.map((a) => a.id) } },
          orderBy: { id: "asc" },
          include: {
            organisation: true,
            messages: true,
            evaluations: true,
            visits: true,
            emails: true,
            accounts: true,
            statusChanges: true,
            decisions: { include: { grantLetter: true } },
          },
        }),
        (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v),
      );
    const rowsOf = async (ids: string[]) => {
      const all = JSON.parse(await snapshot()) as { id: string }[];
      return JSON.stringify(all.filter((r) => ids.includes(r.id)));
    };

    const publicBefore = await everythingPublic([oldClosed]);
    expect(publicBefore).toContain(`OFFENTLIGT: gårdfest ${oldClosed.slice(-4)}`);
    expect(publicBefore).toContain("OFFENTLIG-EVALUERING");
    const untouchedBefore = await rowsOf(untouched);
    const decisionsBefore = await db().decision.findMany({ orderBy: { id: "asc" } });

    // Through the job's own entry point, as the nightly schedule and "Kør nu" run it.
    const first = await runReminders("retention");
    const anonymised = await db().application.findMany({
      where: { anonymisedAt: { not: null } },
      select: { id: true },
    });
    expect(anonymised.map((a) => a.id).sort()).toEqual([oldClosed, refused].sort());
    expect(first).toEqual({ sent: 2 });

    expect(await everythingPublic([oldClosed])).toBe(publicBefore);
    expect(await rowsOf(untouched)).toBe(untouchedBefore);
    expect(await db().decision.findMany({ orderBy: { id: "asc" } })).toEqual(decisionsBefore);

    const app = await db().application.findUniqueOrThrow({
      where: { id: oldClosed },
      include: {
        organisation: true,
        messages: true,
        evaluations: { orderBy: { published: "asc" } },
        visits: true,
        emails: true,
        accounts: true,
        statusChanges: true,
        attachments: true,
        decisions: { include: { grantLetter: true } },
      },
    });
    expect(app).toMatchObject({
      contactName: anonymisedText,
      contactEmail: "",
      contactPhone: null,
      accessTokenHash: null,
      description: anonymisedText,
      targetGroup: anonymisedText,
      successCriteria: anonymisedText,
      publicSummary: `OFFENTLIGT: gårdfest ${oldClosed.slice(-4)}`,
      publicName: "Naboerne i opgang B",
      title: `Gårdfest ${oldClosed.slice(-4)}`,
      requestedOre: 1_000_000n,
    });
    expect(app.organisation).toMatchObject({ name: anonymisedText, address: null });
    expect(app.messages.map((m) => m.body)).toEqual([anonymisedText]);
    expect(app.evaluations.map((e) => e.text)).toEqual([anonymisedText, "OFFENTLIG-EVALUERING: 60 naboer kom."]);
    expect(app.visits.map((v) => v.notes)).toEqual([anonymisedText]);
    expect(app.accounts).toMatchObject({ submittedName: anonymisedText, answerText: anonymisedText });
    expect(app.emails.every((m) => m.toAddress === "" && m.body === anonymisedText && m.sealedBody === null)).toBe(
      true,
    );
    expect(app.emails.find((m) => m.sentAt === null)?.error).toBe("anonymised before delivery");
    const letter = app.decisions[0]!.grantLetter!;
    expect(letter.acceptedName).toBe(anonymisedText);
    expect(letter.body).toBe(`Kære ${anonymisedText}. Udvalget har bevilget 5.000 kr. til gårdfesten.`);
    expect(app.decisions[0]).toMatchObject({ outcome: "GRANT", amountOre: 500_000n });
    expect(app.attachments.map((a) => a.sha256)).toEqual(["a".repeat(64)]);
    const everything = await rowsOf([oldClosed, refused]);
    for (const trace of ["Gunnar", "Gammelsag", "gammel.sag@example.dk", "Fælledvej 3", "Rita Refus", "rita@"])
      expect(everything.toLowerCase()).not.toContain(trace.toLowerCase());

    // The audit log about the case keeps what happened and who of the staff did it, without the applicant.
    const about = await db().auditEntry.findMany({
      where: {
        entityType: "Application",
        entityId: oldClosed,
        action: { in: ["application.reply", "application.ask"] },
      },
      orderBy: { action: "desc" },
    });
    expect(about.map((e) => [e.action, e.actorLabel])).toEqual([
      ["application.reply", anonymisedText],
      ["application.ask", "sekretariat@example.dk"],
    ]);
    expect(about[0]!.changes).toBeNull();
    expect(about[1]!.changes).toEqual({ body: `Kære ${anonymisedText}, send os budgettet.` });
    expect(
      JSON.stringify(await db().auditEntry.findMany({ where: { entityId: { in: [oldClosed, refused] } } })),
    ).not.toMatch(/Gunnar|gammel\.sag|Rita|rita@|Fælledvej/i);

    // One audit entry per anonymised application, with no personal data in it.
    const entries = await db().auditEntry.findMany({ where: { action: "privacy.anonymised" } });
    expect(entries.map((e) => e.entityId).sort()).toEqual([oldClosed, refused].sort());
    expect(JSON.stringify(entries)).not.toMatch(/Gunnar|gammel\.sag|Rita|rita@|Fælledvej/);

    // The export of the anonymised applicant no longer finds them.
    expect((await lookUpPerson(admin, { email: due.email })).total).toBe(0);
    expect((await lookUpPerson(admin, { email: "ny@example.dk" })).total).toBeGreaterThan(0);

    // A second run: nothing is due, nothing changes.
    const afterFirst = await snapshot();
    expect(await runRetention(new Date())).toBe(0);
    expect(await snapshot()).toBe(afterFirst);
    expect(await db().auditEntry.count({ where: { action: "privacy.anonymised" } })).toBe(2);
    expect(await everythingPublic([oldClosed])).toBe(publicBefore);
  });
});

describe("two retention runs at once", () => {
  it("anonymise a due case once: one run claims it, the other finds it done", async () => {
    const { applications } = await createCallWithApplications(committeeId, 1);
    const c = await richCase(applications[0]!.id, {
      email: "samtidig@example.dk",
      name: "Sam Samtidig",
      status: "WITHDRAWN",
      closedAt: yearsAgo(7),
      retainUntil: null,
    });
    const counts = await Promise.all([runRetention(new Date()), runRetention(new Date())]);
    expect(counts[0]! + counts[1]!).toBe(1);
    const entries = await db().auditEntry.findMany({ where: { action: "privacy.anonymised", entityId: c.id } });
    expect(entries).toHaveLength(1);
    expect((await lookUpPerson(admin, { email: c.email })).total).toBe(0);
  });
});

describe("a refused case's leftovers", () => {
  it("lose the person: files they sent, an unpublished title, the reasons, a mail's error", async () => {
    const { applications } = await createCallWithApplications(committeeId, 2);
    const [refused, granted] = applications.map((a) => a.id) as [string, string];
    const who = { name: "Rasmus Refuseret", email: "rasmus.r@example.dk" };
    await db().application.update({
      where: { id: refused },
      data: {
        status: "DECIDED",
        contactName: who.name,
        contactEmail: who.email,
        title: `Ansøgning fra ${who.name}`,
        attachments: {
          create: [
            {
              filename: `cv-${who.name}.pdf`,
              mimeType: "application/pdf",
              sizeBytes: 4,
              sha256: "c".repeat(64),
              data: Buffer.from("%PDF"),
            },
          ],
        },
        emails: {
          create: [
            {
              toAddress: who.email,
              subject: "Afslag",
              body: "…",
              kind: "decision",
              error: `550 5.1.1 <${who.email}>: Recipient address rejected`,
            },
          ],
        },
      },
    });
    await db().decision.create({
      data: {
        applicationId: refused,
        outcome: "REFUSAL",
        reasons: `${who.name} bor uden for bydelen.`,
        conditions: `Ingen, ${who.name}`,
        decidedOn: yearsAgo(5),
      },
    });
    // A grant closed as long ago keeps its files: they are the basis of a payment.
    await richCase(granted, {
      ...who,
      email: "g.bevilget@example.dk",
      status: "CLOSED",
      closedAt: yearsAgo(6),
      retainUntil: null,
    });

    expect(await runRetention(new Date())).toBeGreaterThanOrEqual(2);

    const app = await db().application.findUniqueOrThrow({
      where: { id: refused },
      include: { attachments: true, emails: true, decisions: true },
    });
    expect(app.title).toBe(`Ansøgning fra ${anonymisedText}`);
    expect(app.attachments).toMatchObject([{ data: null, sha256: "c".repeat(64), sizeBytes: 4 }]);
    expect(app.attachments[0]!.deletedAt).not.toBeNull();
    expect(app.decisions[0]).toMatchObject({ outcome: "REFUSAL", reasons: `${anonymisedText} bor uden for bydelen.` });
    expect(JSON.stringify(app, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toMatch(
      /Rasmus|Refuseret|rasmus\.r@/i,
    );
    const grantFiles = await db().attachment.findMany({ where: { applicationId: granted } });
    expect(grantFiles.map((f) => [f.deletedAt, f.data?.length])).toEqual([[null, 4]]);
  });
});
