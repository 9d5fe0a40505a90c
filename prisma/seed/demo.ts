// The demo installation: two committees, the three example documents as
// structured projects, the call "50.000 kr. til en social indsats" with 18
// applicants, a rubric, scores from five members and one ruled conflict,
// and a decided pool round whose grants are public. Deterministic: the same
// data on every run. Demo accounts exist only here.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { formatKr } from "../../lib/i18n/format";
import { seededRandom } from "./random";
import { writeProject, type WriteContext } from "@/lib/projects/write";
import { boligsocialKonference, deStemmerViGlemmer } from "./data/noerrebro-projects";
import { moerkhoejProgramme } from "./data/gladsaxe-programme";
import { gladsaxeTemplate, noerrebroTemplate2024, noerrebroTemplate2025, type TemplateSeed } from "./data/templates";
import { decidedGrants, socialCallApplicants } from "./data/applicants";

// A small, valid PNG (64×48, brand blue) standing in for a visit photo.
const demoPhoto = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAAQ0lEQVR42u3PQQkAAAgEsCtiJXvZ2gp+hcEKLNXzWgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQErha0x3CmyDbSjgAAAABJRU5ErkJggg==",
  "base64",
);

export const demoPassword = "lokalpulje-demo";

export const demoUsers = [
  {
    id: "demo-user-admin",
    email: "admin@example.dk",
    name: "Anne Admin",
    roles: { noerrebro: "ADMIN", moerkhoej: "ADMIN" },
  },
  {
    id: "demo-user-sekretariat",
    email: "sekretariat@example.dk",
    name: "Søren Sekretariat",
    roles: { noerrebro: "SECRETARIAT", moerkhoej: "SECRETARIAT" },
  },
  // An official the committee has ruled out of one application (demo-app-010): forvaltningsloven § 3 binds staff too.
  {
    id: "demo-user-sekretariat2",
    email: "sekretariat2@example.dk",
    name: "Bo Kristiansen",
    roles: { noerrebro: "SECRETARIAT", moerkhoej: "SECRETARIAT" },
  },
  {
    id: "demo-user-medlem1",
    email: "medlem1@example.dk",
    name: "Trine Otto Hansen",
    roles: { noerrebro: "MEMBER" },
    title: "formand",
  },
  {
    id: "demo-user-medlem2",
    email: "medlem2@example.dk",
    name: "Jesper Langebæk",
    roles: { noerrebro: "MEMBER" },
    title: "næstformand",
  },
  { id: "demo-user-medlem3", email: "medlem3@example.dk", name: "Lene E. Nielsen", roles: { noerrebro: "MEMBER" } },
  { id: "demo-user-medlem4", email: "medlem4@example.dk", name: "Tobias B. Gregory", roles: { noerrebro: "MEMBER" } },
  { id: "demo-user-medlem5", email: "medlem5@example.dk", name: "Line Bach Holm", roles: { noerrebro: "MEMBER" } },
  { id: "demo-user-ansoeger", email: "ansoeger@example.dk", name: "Maja Sørensen", roles: { noerrebro: "APPLICANT" } },
] as const;

const kr = (n: number) => BigInt(n * 100);
const d = (s: string) => new Date(s);

type Client = PrismaClient;
type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];

async function createTemplate(tx: Tx, committeeId: string, t: TemplateSeed) {
  await tx.template.create({
    data: {
      id: t.id,
      committeeId,
      name: t.name,
      formTitle: t.formTitle,
      projectKind: t.projectKind,
      sections: {
        create: t.sections.map((s, i) => ({
          position: i,
          part: s.part,
          heading: s.heading,
          inline: s.inline ?? false,
          helpText: s.helpText ?? "",
          required: s.required ?? false,
        })),
      },
    },
  });
}

export async function seedDemo(url: string): Promise<string> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    if ((await client.committee.count()) > 0) return "Demo data: the database already has data; nothing seeded.";
    const hashes = new Map<string, string>();
    const hash = await hashPassword(demoPassword);
    for (const u of demoUsers) hashes.set(u.email, hash);
    await client.$transaction(async (tx) => seedAll(tx, hashes), { timeout: 120_000, maxWait: 10_000 });
    return "Demo data seeded.";
  } finally {
    await client.$disconnect();
  }
}

async function seedAll(tx: Tx, hashes: Map<string, string>) {
  // ── Committees, plans and goals
  const noerrebro = await tx.committee.create({
    data: {
      id: "demo-committee-noerrebro",
      slug: "noerrebro",
      name: "Nørrebro Lokaludvalg",
      kind: "LOKALUDVALG",
      municipality: "Københavns Kommune",
      district: "Nørrebro",
      description: "Lokaludvalget for Nørrebro: 23 medlemmer udpeget af lokale foreninger og partier.",
    },
  });
  const moerkhoej = await tx.committee.create({
    data: {
      id: "demo-committee-moerkhoej",
      slug: "moerkhoej",
      name: "Styregruppen for social balance i Mørkhøj",
      kind: "STYREGRUPPE",
      municipality: "Gladsaxe Kommune",
      district: "Mørkhøj",
      description: "Styregruppe af lokale kommunale ledere, oprettet på baggrund af Mørkhøjanalysen 2017.",
    },
  });
  const committeeIds = { noerrebro: noerrebro.id, moerkhoej: moerkhoej.id };

  const planGoalIdByCode = new Map<string, string>();
  const nGoals = [
    ["SOC", "Social bæredygtighed", "Nørrebro skal være en socialt bæredygtig bydel."],
    ["REAL", "Realkompetenceudvikling", "Borgernes kompetencer skal ses og udvikles."],
    ["ARB", "Lige adgang til arbejdsmarkedet", "Flere skal have lige adgang til uddannelse og job."],
    ["ENS", "Kampen mod ensomhed", "Færre skal være ufrivilligt ensomme."],
    ["UDS", "Social udsathed", "Bydelens socialt udsatte skal støttes."],
  ] as const;
  const nPlan = await tx.districtPlan.create({
    data: {
      committeeId: noerrebro.id,
      kind: "BYDELSPLAN",
      title: "Bydelsplan for Nørrebro 2025–2028",
      periodText: "2025–2028",
      startYear: 2025,
      endYear: 2028,
    },
  });
  for (const [i, [code, title, description]] of nGoals.entries()) {
    const g = await tx.planGoal.create({ data: { planId: nPlan.id, code, title, description, position: i } });
    planGoalIdByCode.set(code, g.id);
  }
  const mPlan = await tx.districtPlan.create({
    data: {
      committeeId: moerkhoej.id,
      kind: "PROGRAM",
      title: "Program for social balance i Mørkhøj",
      periodText: "2019–2022",
      startYear: 2019,
      endYear: 2022,
    },
  });
  const mGoalTitles = [
    "Social og kulturel sammenhængskraft",
    "Stærke fællesskaber",
    "Styregruppens indsatsområder",
    "Lokale samarbejder og forankring",
    "Behov opstået nedefra",
  ];
  for (const [i, title] of mGoalTitles.entries()) {
    const g = await tx.planGoal.create({ data: { planId: mPlan.id, code: `M${i + 1}`, title, position: i } });
    planGoalIdByCode.set(`M${i + 1}`, g.id);
  }

  // ── People
  const userIdByEmail = new Map<string, string>();
  for (const u of demoUsers) {
    await tx.user.create({ data: { id: u.id, email: u.email, name: u.name, passwordHash: hashes.get(u.email) } });
    userIdByEmail.set(u.email, u.id);
    for (const [committee, role] of Object.entries(u.roles)) {
      await tx.membership.create({
        data: {
          userId: u.id,
          committeeId: committeeIds[committee as keyof typeof committeeIds],
          role: role as "ADMIN" | "SECRETARIAT" | "MEMBER" | "APPLICANT",
          title: "title" in u ? u.title : undefined,
          nominatedBy: role === "MEMBER" ? "Lokal forening" : undefined,
        },
      });
    }
  }
  const secretariatId = "demo-user-sekretariat";
  const memberIds = [
    "demo-user-medlem1",
    "demo-user-medlem2",
    "demo-user-medlem3",
    "demo-user-medlem4",
    "demo-user-medlem5",
  ];

  const wg = await tx.workingGroup.create({
    data: {
      committeeId: noerrebro.id,
      name: "Integration, beskæftigelse, social og sundhed",
      members: {
        create: [
          { userId: "demo-user-medlem1", isCoordinator: true },
          { userId: "demo-user-medlem3" },
          { userId: "demo-user-medlem5" },
        ],
      },
    },
  });
  await tx.workingGroup.create({
    data: {
      committeeId: noerrebro.id,
      name: "Kultur, fritid og byrum",
      members: { create: [{ userId: "demo-user-medlem2", isCoordinator: true }, { userId: "demo-user-medlem4" }] },
    },
  });

  // ── Pools and funds years
  const nPool = await tx.pool.create({
    data: {
      id: "demo-pool-noerrebro",
      committeeId: noerrebro.id,
      name: "Nørrebro Lokaludvalgs puljemidler",
      description: "Lokaludvalgets årlige pulje til lokale initiativer og egne projekter.",
      years: {
        create: [2024, 2025, 2026, 2027].map((year) => ({
          year,
          budgetOre: kr(year === 2027 ? 3_000_000 : 3_200_000),
        })),
      },
    },
    include: { years: true },
  });
  const mPool = await tx.pool.create({
    data: {
      id: "demo-pool-moerkhoej",
      committeeId: moerkhoej.id,
      name: "Puljen til social balance",
      years: {
        create: [
          [2019, 477_500],
          [2020, 930_000],
          [2021, 630_000],
          [2022, 472_500],
        ].map(([year, amount]) => ({ year: year!, budgetOre: kr(amount!) })),
      },
    },
    include: { years: true },
  });
  const nYear = (y: number) => nPool.years.find((p) => p.year === y)!.id;

  // ── Templates and projects
  await createTemplate(tx, noerrebro.id, noerrebroTemplate2025);
  await createTemplate(tx, noerrebro.id, noerrebroTemplate2024);
  await createTemplate(tx, moerkhoej.id, gladsaxeTemplate);
  const nCtx: WriteContext = {
    committeeId: noerrebro.id,
    poolId: nPool.id,
    createdById: secretariatId,
    userIdByEmail,
    planGoalIdByCode,
    note: "Demo-data",
  };
  await writeProject(tx, boligsocialKonference, { ...nCtx, templateId: noerrebroTemplate2025.id });
  await writeProject(tx, deStemmerViGlemmer, { ...nCtx, templateId: noerrebroTemplate2024.id });
  await writeProject(tx, moerkhoejProgramme, {
    committeeId: moerkhoej.id,
    poolId: mPool.id,
    templateId: gladsaxeTemplate.id,
    createdById: secretariatId,
    userIdByEmail,
    planGoalIdByCode,
  });
  await tx.project.update({
    where: { id: boligsocialKonference.id },
    data: { workingGroupId: wg.id, approvedAmountOre: kr(27_500) },
  });
  // The programme was approved once, on four funds years: one decision per year keeps the ledger right.
  for (const py of mPool.years) {
    await tx.decision.create({
      data: {
        projectId: moerkhoejProgramme.id,
        outcome: "APPROVED",
        amountOre: py.budgetOre,
        fundsYear: py.year,
        poolYearId: py.id,
        conditional: py.year > 2019,
        reasons: "",
        decidedOn: d("2019-03-28T10:00:00Z"),
        recordedById: secretariatId,
      },
    });
  }

  // ── Meetings
  const march = await tx.meeting.create({
    data: {
      committeeId: noerrebro.id,
      kind: "PLENARY",
      title: "Lokaludvalgsmøde marts 2026",
      startsAt: d("2026-03-11T17:00:00Z"),
      venue: "Nørrebro Bibliotek, mødesal 1",
    },
  });
  const april2025 = await tx.meeting.create({
    data: {
      committeeId: noerrebro.id,
      kind: "PLENARY",
      title: "Lokaludvalgsmøde april 2025",
      startsAt: d("2025-04-09T16:30:00Z"),
      venue: "Nørrebro Bibliotek, mødesal 1",
    },
  });

  // ── The rubric: five weighted criteria, each tied to a district-plan goal
  const steps = ["Understøtter ikke målet", "I ringe grad", "I nogen grad", "I høj grad", "I meget høj grad"];
  const rubric = await tx.rubric.create({
    data: { id: "demo-rubric-social", committeeId: noerrebro.id, name: "Vurderingssystem – social indsats" },
  });
  const criteria = [
    { code: "SOC", title: "Social bæredygtighed", weight: 30, na: false },
    { code: "REAL", title: "Realkompetenceudvikling", weight: 15, na: true },
    { code: "ARB", title: "Lige adgang til arbejdsmarkedet", weight: 15, na: true },
    { code: "ENS", title: "Kampen mod ensomhed", weight: 20, na: false },
    { code: "UDS", title: "Social udsathed", weight: 20, na: false },
  ];
  const criterionIds: string[] = [];
  for (const [i, c] of criteria.entries()) {
    const created = await tx.rubricCriterion.create({
      data: {
        id: `demo-criterion-${c.code.toLowerCase()}`,
        rubricId: rubric.id,
        planGoalId: planGoalIdByCode.get(c.code),
        position: i,
        title: c.title,
        description: `I hvilken grad understøtter indsatsen målet "${c.title}" i bydelsplanen?`,
        weight: c.weight,
        scaleMin: 1,
        scaleMax: 5,
        allowNotApplicable: c.na,
        steps: { create: steps.map((label, v) => ({ value: v + 1, label })) },
      },
    });
    criterionIds.push(created.id);
  }

  // ── The call from "De stemmer vi glemmer": 18 applicants, scored
  const call = await tx.call.create({
    data: {
      id: "demo-call-social",
      slug: "50000-kr-til-en-social-indsats",
      committeeId: noerrebro.id,
      poolId: nPool.id,
      projectId: deStemmerViGlemmer.id,
      rubricId: rubric.id,
      title: "50.000 kr. til en social indsats",
      description:
        "Nørrebro Lokaludvalg støtter en lokal social indsats med 50.000 kr., som den sociale aktør kan bruge til at løfte en indsats.",
      criteriaText:
        "Indsatsen skal understøtte social bæredygtighed, realkompetenceudvikling, lige adgang til arbejdsmarkedet, kampen mod ensomhed eller social udsathed (Bydelsplanen).",
      amountAvailableOre: kr(50_000),
      minGrantOre: kr(5_000),
      maxGrantOre: kr(50_000),
      opensAt: d("2026-01-05T08:00:00Z"),
      deadline: d("2026-02-15T22:59:00Z"),
      decidedBy: "PLENARY",
      blindScoring: true,
      status: "CLOSED",
      publishedAt: d("2026-01-05T08:00:00Z"),
      rounds: { create: [{ name: "Ansøgningsrunde 1", deadline: d("2026-02-15T22:59:00Z"), meetingId: march.id }] },
    },
  });

  const rand = seededRandom(20260311);
  const appIds: string[] = [];
  for (const [i, a] of socialCallApplicants.entries()) {
    const n = String(i + 1).padStart(3, "0");
    const org = await tx.organisation.create({
      data: {
        id: `demo-org-${n}`,
        name: a.org,
        cvr: a.cvr,
        kind: a.kind,
        address: `Nørrebrogade ${10 + i}, 2200 København N`,
      },
    });
    const app = await tx.application.create({
      data: {
        id: `demo-app-${n}`,
        callId: call.id,
        organisationId: org.id,
        applicantId: i === 0 ? "demo-user-ansoeger" : undefined,
        reference: `NLU-2026-${n}`,
        contactName: a.contact,
        contactEmail: `kontakt${n}@example.dk`,
        contactPhone: `+45 30 00 0${n}`,
        title: a.title,
        description: a.description,
        targetGroup: a.targetGroup,
        periodText: "Foråret 2026",
        periodStart: d("2026-04-01T00:00:00Z"),
        periodEnd: d("2026-12-31T00:00:00Z"),
        requestedOre: kr(a.requestedKr),
        status: "SCORING",
        eligible: true,
        submittedAt: d(`2026-02-${String(1 + (i % 14)).padStart(2, "0")}T12:00:00Z`),
        retainUntil: d("2031-12-31T00:00:00Z"),
        planGoals: { create: a.goals.map((code) => ({ planGoalId: planGoalIdByCode.get(code)! })) },
        budgetLines: {
          create: [
            {
              isIncome: false,
              label: "Aktiviteter og materialer",
              amountOre: kr(Math.round(a.requestedKr * 0.6)),
              position: 0,
            },
            {
              isIncome: false,
              label: "Forplejning",
              amountOre: kr(a.requestedKr - Math.round(a.requestedKr * 0.6)),
              position: 1,
            },
            { isIncome: true, label: "Ansøgt fra Nørrebro Lokaludvalg", amountOre: kr(a.requestedKr), position: 2 },
          ],
        },
        statusChanges: {
          create: [
            { from: null, to: "SUBMITTED", note: "Indsendt" },
            { from: "SUBMITTED", to: "SCREENING", byId: secretariatId },
            { from: "SCREENING", to: "SCORING", byId: secretariatId },
          ],
        },
      },
    });
    if (i === 0)
      await tx.organisationMember.create({
        data: { organisationId: org.id, userId: "demo-user-ansoeger", roleText: "kontaktperson" },
      });
    appIds.push(app.id);
    for (const memberId of memberIds)
      await tx.reviewAssignment.create({ data: { applicationId: app.id, userId: memberId } });
  }

  // Scores. medlem4 has scored 12 of 18, medlem5 15 of 18 (missing scores);
  // "not applicable" is used on the two criteria that allow it.
  const scoredCount: Record<string, number> = { "demo-user-medlem4": 12, "demo-user-medlem5": 15 };
  for (const [m, memberId] of memberIds.entries()) {
    const limit = scoredCount[memberId] ?? appIds.length;
    for (const [i, appId] of appIds.entries()) {
      if (i >= limit) continue;
      const quality = 1 + ((i * 7 + 3) % 5); // each application's underlying merit, 1..5
      for (const [c, criterionId] of criterionIds.entries()) {
        const notApplicable = criteria[c]!.na && rand() < 0.15;
        const noise = Math.round((rand() - 0.5) * 2) + (m === 1 ? -1 : 0); // medlem2 scores harshly
        const value = notApplicable ? null : Math.min(5, Math.max(1, quality + noise));
        await tx.score.create({
          data: {
            applicationId: appId,
            criterionId,
            userId: memberId,
            value,
            notApplicable,
            comment: c === 0 && i % 4 === 0 ? "Godt forankret i lokalområdet." : "",
          },
        });
      }
      await tx.scoreSheet.create({
        data: {
          applicationId: appId,
          userId: memberId,
          submittedAt: d(`2026-02-${String(20 + (m % 5)).padStart(2, "0")}T18:00:00Z`),
        },
      });
    }
  }

  // The conflict: medlem3 chairs the applicant association of application 7,
  // declared it after having scored, and the committee ruled her out. Her
  // scores stay for the record and are excluded from the ranking.
  const conflictApp = appIds[6]!;
  await tx.organisationMember.create({
    data: { organisationId: "demo-org-007", userId: "demo-user-medlem3", roleText: "formand" },
  });
  await tx.conflictDeclaration.create({
    data: {
      id: "demo-conflict-1",
      applicationId: conflictApp,
      userId: "demo-user-medlem3",
      ground: "LEADING_ROLE",
      description: "Jeg er formand for Foreningen Grønne Gårde, som har søgt.",
      declaredById: "demo-user-medlem3",
      declaredAt: d("2026-02-24T09:00:00Z"),
      excluded: true,
      rulingReason:
        "Medlemmet er formand for den ansøgende forening og dermed inhabil efter forvaltningslovens § 3, stk. 1, nr. 3. Medlemmet deltager ikke i behandlingen af ansøgningen.",
      ruledById: secretariatId,
      ruledAt: d("2026-03-11T17:15:00Z"),
      meetingId: march.id,
    },
  });
  // An official is ruled out too: Bo Kristiansen's brother is treasurer of the applicant of application 10.
  await tx.conflictDeclaration.create({
    data: {
      id: "demo-conflict-2",
      applicationId: appIds[9]!,
      userId: "demo-user-sekretariat2",
      ground: "FAMILY",
      description: "Min bror er kasserer i den ansøgende forening.",
      declaredById: "demo-user-sekretariat2",
      declaredAt: d("2026-02-10T09:00:00Z"),
      excluded: true,
      rulingReason:
        "Nær familie sidder i foreningens bestyrelse (forvaltningslovens § 3, stk. 1, nr. 2). Sagen behandles af en kollega.",
      ruledById: secretariatId,
      ruledAt: d("2026-02-10T12:00:00Z"),
    },
  });
  await tx.agendaItem.create({
    data: {
      meetingId: march.id,
      position: 1,
      title: "Inhabilitet: Lene E. Nielsen i sagen om Fælleshaver i gårdene",
      body: "Udvalget fandt medlemmet inhabilt.",
      applicationId: conflictApp,
    },
  });
  await tx.agendaItem.create({
    data: {
      meetingId: march.id,
      position: 2,
      title: "50.000 kr. til en social indsats: kortliste",
      body: "Kortliste til besøg.",
      projectId: deStemmerViGlemmer.id,
    },
  });

  // ── A decided pool round whose grants are public on the front page
  const round2025 = await tx.call.create({
    data: {
      id: "demo-call-pulje-2025",
      slug: "nlu-pulje-2025-foraar",
      committeeId: noerrebro.id,
      poolId: nPool.id,
      rubricId: rubric.id,
      title: "Nørrebro Lokaludvalgs pulje – forårsrunden 2025",
      description: "Støtte til lokale initiativer, der skaber fællesskab og livskvalitet på Nørrebro.",
      amountAvailableOre: kr(400_000),
      minGrantOre: kr(2_000),
      maxGrantOre: kr(100_000),
      deadline: d("2025-03-01T22:59:00Z"),
      decidedBy: "PLENARY",
      status: "DECIDED",
      publishedAt: d("2025-01-10T08:00:00Z"),
    },
  });
  for (const [i, g] of decidedGrants.entries()) {
    const n = String(i + 1).padStart(3, "0");
    const kind = "kind" in g ? g.kind : "ASSOCIATION";
    const org = await tx.organisation.create({
      data: { id: `demo-org-2025-${n}`, name: g.org, cvr: "cvr" in g ? g.cvr : null, kind },
    });
    const granted = g.outcome !== "REFUSAL";
    const app = await tx.application.create({
      data: {
        id: `demo-app-2025-${n}`,
        callId: round2025.id,
        organisationId: org.id,
        reference: `NLU-2025-${n}`,
        contactName: g.contact,
        contactEmail: `pulje2025-${n}@example.dk`,
        contactPhone: `+45 31 00 0${n}`,
        title: g.title,
        description: g.summary || g.title,
        requestedOre: kr(g.requestedKr),
        status: granted ? (i < 2 ? "PAID" : "GRANT_LETTER_SENT") : "DECIDED",
        eligible: true,
        submittedAt: d("2025-02-20T12:00:00Z"),
        publishedAt: granted && !("unpublished" in g) ? d("2025-05-01T08:00:00Z") : null,
        publicSummary: g.summary,
        planGoals: { create: g.goals.map((code) => ({ planGoalId: planGoalIdByCode.get(code)! })) },
      },
    });
    const decision = await tx.decision.create({
      data: {
        applicationId: app.id,
        meetingId: april2025.id,
        poolYearId: nYear(2025),
        outcome: g.outcome,
        amountOre: granted ? kr(g.grantedKr) : null,
        fundsYear: 2025,
        reasons: g.reasons,
        decidedOn: d("2025-04-09T18:00:00Z"),
        recordedById: secretariatId,
      },
    });
    if (granted) {
      await tx.grantLetter.create({
        data: {
          decisionId: decision.id,
          body: `Nørrebro Lokaludvalg har bevilget ${formatKr(g.grantedKr * 100)} til "${g.title}".`,
          accountsDueOn: d("2025-10-31T00:00:00Z"),
          sentAt: d("2025-04-15T09:00:00Z"),
        },
      });
      if (i < 2)
        await tx.payment.create({
          data: {
            decisionId: decision.id,
            poolYearId: nYear(2025),
            kind: "FULL",
            amountOre: kr(g.grantedKr),
            paidOn: d("2025-04-25T00:00:00Z"),
            reference: `UDB-2025-${n}`,
            createdById: secretariatId,
          },
        });
    }
  }

  // ── What came of two of the 2025 grants: portraits (one a month), a
  // published evaluation, and accounts (never public). The unpublished grant
  // has a visit with a photo the secretariat may choose when publishing it.
  await tx.portrait.create({
    data: {
      id: "demo-portrait-byvandringer",
      slug: "byvandringer-om-noerrebros-historie",
      committeeId: noerrebro.id,
      applicationId: "demo-app-2025-001",
      title: "Da 240 naboer gik Nørrebros historie igennem",
      body: "Lokalhistorisk Forening Nørrebro inviterede i foråret til ti gratis byvandringer. Frivillige lokalhistorikere fortalte om Blågårds Plads, Assistens Kirkegård og Byggeren.\n\nDe 240 deltagere var både nye og gamle nørrebroere, og flere af vandringerne endte med kaffe i foreningens lokaler.",
      month: d("2025-06-01T12:00:00Z"),
      publishedAt: d("2025-06-05T08:00:00Z"),
    },
  });
  await tx.portrait.create({
    data: {
      id: "demo-portrait-repair-cafe",
      slug: "repair-cafe-hver-maaned",
      committeeId: noerrebro.id,
      applicationId: "demo-app-2025-002",
      title: "Repair Café: naboer, der fikser ting sammen",
      body: "Én lørdag om måneden bliver foreningens lokale til værksted. Naboer kommer med cykler, lamper og brødristere – og går hjem med dem i stand og med nye bekendtskaber.\n\nLokaludvalget støttede værktøj og reservedele for et år.",
      month: d("2025-09-01T12:00:00Z"),
      publishedAt: d("2025-09-03T08:00:00Z"),
    },
  });
  await tx.evaluation.create({
    data: {
      applicationId: "demo-app-2025-001",
      text: "Ti byvandringer blev gennemført med i alt 240 deltagere (målet var 150). Foreningen har fået 12 nye frivillige og fortsætter vandringerne for egne midler.",
      receivedAt: d("2025-11-15T12:00:00Z"),
      published: true,
    },
  });
  await tx.accountsReport.create({
    data: {
      applicationId: "demo-app-2025-002",
      receivedAt: d("2025-12-01T12:00:00Z"),
      approvedAt: d("2025-12-10T12:00:00Z"),
      approvedById: secretariatId,
      note: "Regnskab godkendt uden bemærkninger.",
      lines: { create: [{ label: "Værktøj og reservedele", budgetOre: kr(18_000), actualOre: 1_734_250n }] },
    },
  });
  await tx.visit.create({
    data: {
      applicationId: "demo-app-2025-006",
      visitedOn: d("2025-03-20T12:00:00Z"),
      notes: "Lektiecaféen har faste frivillige og et lokale i beboerhuset.",
      createdById: secretariatId,
      participants: { create: [{ userId: "demo-user-medlem1" }] },
      photos: {
        create: [
          {
            id: "demo-photo-lektiecafe",
            filename: "lektiecafe.png",
            mimeType: "image/png",
            sizeBytes: demoPhoto.length,
            sha256: "demo",
            data: demoPhoto,
            altText: "Børn og frivillige ved lektiecaféens borde",
            uploadedById: secretariatId,
          },
        ],
      },
    },
  });

  // ── An open fast-track call: the public front page lists it.
  await tx.call.create({
    data: {
      id: "demo-call-hurtigt-spor",
      slug: "smaa-ansoegninger-hurtigt-spor",
      committeeId: noerrebro.id,
      poolId: nPool.id,
      title: "Små ansøgninger – hurtigt spor",
      description: "Op til 10.000 kr. til små lokale arrangementer. Formandskabet afgør inden for tre uger.",
      amountAvailableOre: kr(150_000),
      maxGrantOre: kr(10_000),
      deadline: d("2027-06-30T21:59:00Z"),
      decidedBy: "CHAIR_GROUP",
      fastTrack: true,
      fastTrackMaxOre: kr(10_000),
      status: "PUBLISHED",
      publishedAt: d("2026-01-02T08:00:00Z"),
    },
  });

  await tx.auditEntry.create({
    data: { actorId: null, actorLabel: "system", action: "seed.demo", entityType: "Installation", entityId: "demo" },
  });
}
