// A decided pool round whose grants are public on the front page, and what came of two of them: portraits,
// a published evaluation and accounts (never public). An unpublished grant has a visit with a photo.
import { formatKr } from "../../../lib/i18n/format";
import { decidedGrants } from "../data/applicants";
import { d, kr, type Tx } from "./shared";
import { secretariatId } from "./users";

// A small, valid PNG (64×48, brand blue) standing in for a visit photo.
const demoPhoto = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAAQ0lEQVR42u3PQQkAAAgEsCtiJXvZ2gp+hcEKLNXzWgQEBAQEBAQE" +
    "BAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQErha0x3CmyDbSjgAAAABJRU5ErkJggg==",
  "base64",
);

export async function seedDecidedRound(
  tx: Tx,
  ctx: {
    noerrebroId: string;
    poolId: string;
    rubricId: string;
    april2025MeetingId: string;
    poolYear2025Id: string;
    planGoalIdByCode: Map<string, string>;
  },
) {
  const { planGoalIdByCode } = ctx;
  const round2025 = await tx.call.create({
    data: {
      id: "demo-call-pulje-2025",
      slug: "nlu-pulje-2025-foraar",
      committeeId: ctx.noerrebroId,
      poolId: ctx.poolId,
      rubricId: ctx.rubricId,
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
        meetingId: ctx.april2025MeetingId,
        decidingBody: "PLENARY",
        outcome: g.outcome,
        amountOre: granted ? kr(g.grantedKr) : null,
        fundsYear: 2025,
        reasons: g.reasons,
        decidedOn: d("2025-04-09T18:00:00Z"),
        recordedById: secretariatId,
        ...(granted
          ? { years: { create: [{ poolYearId: ctx.poolYear2025Id, year: 2025, amountOre: kr(g.grantedKr) }] } }
          : {}),
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
            poolYearId: ctx.poolYear2025Id,
            kind: "FINAL",
            amountOre: kr(g.grantedKr),
            paidOn: d("2025-04-25T00:00:00Z"),
            reference: `UDB-2025-${n}`,
            approvedById: secretariatId,
          },
        });
    }
  }
}

// What came of two of the 2025 grants: portraits (one a month), a
// published evaluation, and accounts (never public). The unpublished grant
// has a visit with a photo the secretariat may choose when publishing it.
export async function seedGrantOutcomes(tx: Tx, noerrebroId: string) {
  await tx.portrait.create({
    data: {
      id: "demo-portrait-byvandringer",
      slug: "byvandringer-om-noerrebros-historie",
      committeeId: noerrebroId,
      applicationId: "demo-app-2025-001",
      title: "Da 240 naboer gik Nørrebros historie igennem",
      body:
        "Lokalhistorisk Forening Nørrebro inviterede i foråret til ti gratis byvandringer. " +
        "Frivillige lokalhistorikere fortalte om Blågårds Plads, Assistens Kirkegård og Byggeren.\n\n" +
        "De 240 deltagere var både nye og gamle nørrebroere, " +
        "og flere af vandringerne endte med kaffe i foreningens lokaler.",
      month: d("2025-06-01T12:00:00Z"),
      publishedAt: d("2025-06-05T08:00:00Z"),
    },
  });
  await tx.portrait.create({
    data: {
      id: "demo-portrait-repair-cafe",
      slug: "repair-cafe-hver-maaned",
      committeeId: noerrebroId,
      applicationId: "demo-app-2025-002",
      title: "Repair Café: naboer, der fikser ting sammen",
      body:
        "Én lørdag om måneden bliver foreningens lokale til værksted. " +
        "Naboer kommer med cykler, lamper og brødristere – " +
        "og går hjem med dem i stand og med nye bekendtskaber.\n\n" +
        "Lokaludvalget støttede værktøj og reservedele for et år.",
      month: d("2025-09-01T12:00:00Z"),
      publishedAt: d("2025-09-03T08:00:00Z"),
    },
  });
  await tx.evaluation.create({
    data: {
      applicationId: "demo-app-2025-001",
      text:
        "Ti byvandringer blev gennemført med i alt 240 deltagere (målet var 150). " +
        "Foreningen har fået 12 nye frivillige og fortsætter vandringerne for egne midler.",
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
}
