// The rubric (five weighted criteria tied to the district-plan goals), the members' scores on the social call
// and the two ruled conflicts of interest.
import { seededRandom } from "../random";
import { deStemmerViGlemmer } from "../data/noerrebro-projects";
import { d, type Tx } from "./shared";
import { memberIds, secretariatId } from "./users";

const steps = ["Understøtter ikke målet", "I ringe grad", "I nogen grad", "I høj grad", "I meget høj grad"];
const criteria = [
  { code: "SOC", title: "Social bæredygtighed", weight: 30, na: false },
  { code: "REAL", title: "Realkompetenceudvikling", weight: 15, na: true },
  { code: "ARB", title: "Lige adgang til arbejdsmarkedet", weight: 15, na: true },
  { code: "ENS", title: "Kampen mod ensomhed", weight: 20, na: false },
  { code: "UDS", title: "Social udsathed", weight: 20, na: false },
];

export async function seedRubric(tx: Tx, noerrebroId: string, planGoalIdByCode: Map<string, string>) {
  const rubric = await tx.rubric.create({
    data: { id: "demo-rubric-social", committeeId: noerrebroId, name: "Vurderingssystem – social indsats" },
  });
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
  return { rubric, criterionIds };
}

// Scores. medlem4 has scored 12 of 18, medlem5 15 of 18 (missing scores);
// "not applicable" is used on the two criteria that allow it.
export async function seedScores(tx: Tx, appIds: readonly string[], criterionIds: readonly string[]) {
  const rand = seededRandom(20260311);
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
}

// The conflict: medlem3 chairs the applicant association of application 7,
// declared it after having scored, and the committee ruled her out. Her
// scores stay for the record and are excluded from the ranking.
export async function seedConflicts(tx: Tx, appIds: readonly string[], marchMeetingId: string) {
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
        "Medlemmet er formand for den ansøgende forening og dermed inhabil efter forvaltningslovens § 3, stk. 1, " +
        "nr. 3. Medlemmet deltager ikke i behandlingen af ansøgningen.",
      ruledById: secretariatId,
      ruledAt: d("2026-03-11T17:15:00Z"),
      meetingId: marchMeetingId,
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
        "Nær familie sidder i foreningens bestyrelse (forvaltningslovens § 3, stk. 1, nr. 2). " +
        "Sagen behandles af en kollega.",
      ruledById: secretariatId,
      ruledAt: d("2026-02-10T12:00:00Z"),
    },
  });
  await tx.agendaItem.create({
    data: {
      meetingId: marchMeetingId,
      position: 1,
      title: "Inhabilitet: Lene E. Nielsen i sagen om Fælleshaver i gårdene",
      body: "Udvalget fandt medlemmet inhabilt.",
      applicationId: conflictApp,
    },
  });
  await tx.agendaItem.create({
    data: {
      meetingId: marchMeetingId,
      position: 2,
      title: "50.000 kr. til en social indsats: kortliste",
      body: "Kortliste til besøg.",
      projectId: deStemmerViGlemmer.id,
    },
  });
}
