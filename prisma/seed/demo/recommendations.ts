// The working group's recommendations on four applications of the social call, awaiting the committee's decision:
// three grants summing to the call's 50.000 kr. (none above what was asked for) and one refusal with its reasons.
// medlem3 (Lene E. Nielsen) is ruled out of demo-app-007.
import { d, kr, type Tx } from "./shared";
import { secretariatId } from "./users";

export const recommendations = [
  {
    applicationId: "demo-app-002",
    outcome: "PARTIAL_GRANT" as const,
    amountKr: 20_000,
    text: "Indstilles delvist: mentorordningen støttes, men honorarer til de frivillige studerende dækkes ikke.",
  },
  {
    applicationId: "demo-app-005",
    outcome: "GRANT" as const,
    amountKr: 15_000,
    text: "Indstilles bevilget fuldt ud: billig, lokalt forankret og rettet mod ensomme ældre.",
  },
  {
    applicationId: "demo-app-007",
    outcome: "PARTIAL_GRANT" as const,
    amountKr: 15_000,
    text: "Indstilles delvist: redskaber og planter støttes, en lønnet havemand dækkes ikke af puljen.",
  },
  {
    applicationId: "demo-app-012",
    outcome: "REFUSAL" as const,
    amountKr: null,
    text:
      "Indstilles til afslag: sprogundervisning er kommunens opgave, og bibliotekets sprogcafé " +
      "tilbyder det samme i kvarteret.",
  },
];

export async function seedRecommendations(tx: Tx, workingGroupId: string) {
  for (const r of recommendations) {
    await tx.recommendation.create({
      data: {
        applicationId: r.applicationId,
        workingGroupId,
        outcome: r.outcome,
        amountOre: r.amountKr === null ? null : kr(r.amountKr),
        text: r.text,
        createdById: "demo-user-medlem1",
        createdAt: d("2026-03-25T18:00:00Z"),
      },
    });
    await tx.application.update({ where: { id: r.applicationId }, data: { status: "RECOMMENDED" } });
    await tx.applicationStatusChange.create({
      data: {
        applicationId: r.applicationId,
        from: "SCORING",
        to: "RECOMMENDED",
        byId: secretariatId,
        at: d("2026-03-26T09:00:00Z"),
        note: "Indstillet af arbejdsgruppen",
      },
    });
  }
}
