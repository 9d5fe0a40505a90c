// The call from "De stemmer vi glemmer" ("50.000 kr. til en social indsats") with its 18 applicants, each
// assigned to the five members, and the open fast-track call the public front page lists.
import { socialCallApplicants } from "../data/applicants";
import { deStemmerViGlemmer } from "../data/noerrebro-projects";
import { d, kr, type Tx } from "./shared";
import { memberIds, secretariatId } from "./users";

export async function seedSocialCall(
  tx: Tx,
  ctx: {
    noerrebroId: string;
    poolId: string;
    rubricId: string;
    marchMeetingId: string;
    planGoalIdByCode: Map<string, string>;
  },
): Promise<string[]> {
  const { planGoalIdByCode } = ctx;
  const call = await tx.call.create({
    data: {
      id: "demo-call-social",
      slug: "50000-kr-til-en-social-indsats",
      committeeId: ctx.noerrebroId,
      poolId: ctx.poolId,
      projectId: deStemmerViGlemmer.id,
      rubricId: ctx.rubricId,
      title: "50.000 kr. til en social indsats",
      description:
        "Nørrebro Lokaludvalg støtter en lokal social indsats med 50.000 kr., " +
        "som den sociale aktør kan bruge til at løfte en indsats.",
      criteriaText:
        "Indsatsen skal understøtte social bæredygtighed, realkompetenceudvikling, " +
        "lige adgang til arbejdsmarkedet, kampen mod ensomhed eller social udsathed (Bydelsplanen).",
      amountAvailableOre: kr(50_000),
      minGrantOre: kr(5_000),
      maxGrantOre: kr(50_000),
      opensAt: d("2026-01-05T08:00:00Z"),
      deadline: d("2026-02-15T22:59:00Z"),
      decidedBy: "PLENARY",
      blindScoring: true,
      status: "CLOSED",
      publishedAt: d("2026-01-05T08:00:00Z"),
      rounds: {
        create: [{ name: "Ansøgningsrunde 1", deadline: d("2026-02-15T22:59:00Z"), meetingId: ctx.marchMeetingId }],
      },
    },
  });

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
  return appIds;
}

export async function seedFastTrackCall(tx: Tx, noerrebroId: string, poolId: string) {
  await tx.call.create({
    data: {
      id: "demo-call-hurtigt-spor",
      slug: "smaa-ansoegninger-hurtigt-spor",
      committeeId: noerrebroId,
      poolId,
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
}
