// A committee with its secretariat, members (a chair, one ruled out of an application, one who left), another
// committee's secretariat, a call with recommendations (one already decided) and a project awaiting approval:
// what the meeting and agenda tests build on.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { createMeeting } from "@/lib/meetings/mutations";
import { createCallWithApplications, createCommittee, createUser } from "./index";

export type AgendaFixture = {
  committeeId: string;
  secretariat: Actor;
  member: Actor;
  otherSecretariat: Actor;
  chairId: string;
  ruledOutName: string;
  call: { id: string; title: string };
  apps: { id: string }[];
  projectId: string;
};

export async function agendaFixture(): Promise<AgendaFixture> {
  const committee = await createCommittee();
  const committeeId = committee.id;
  const other = await createCommittee();
  const secretariat = (await createUser({ roles: [{ committeeId, role: "SECRETARIAT" }] })).actor;
  const otherSecretariat = (await createUser({ roles: [{ committeeId: other.id, role: "SECRETARIAT" }] })).actor;
  const chair = await createUser({ roles: [{ committeeId, role: "MEMBER" }] });
  const chairId = chair.user.id;
  const member = chair.actor;
  await db().membership.updateMany({ where: { userId: chairId }, data: { title: "formand" } });
  const ruledOut = await createUser({ roles: [{ committeeId, role: "MEMBER" }] });
  const ruledOutName = ruledOut.user.name;
  // A member who left the committee is not invited.
  const former = await createUser({ roles: [{ committeeId, role: "MEMBER" }] });
  await db().membership.updateMany({ where: { userId: former.user.id }, data: { deletedAt: new Date() } });

  const plan = await db().districtPlan.create({ data: { committeeId, title: "Bydelsplan" } });
  const goal = await db().planGoal.create({ data: { planId: plan.id, code: "1.2", title: "Fællesskaber" } });
  const made = await createCallWithApplications(committeeId, 4);
  const call = made.call;
  const apps = made.applications;
  await db().applicationPlanGoal.create({ data: { applicationId: apps[0]!.id, planGoalId: goal.id } });
  await db().recommendation.createMany({
    data: [
      { applicationId: apps[0]!.id, outcome: "PARTIAL_GRANT", amountOre: 800_000n, text: "Forplejning støttes ikke." },
      { applicationId: apps[1]!.id, outcome: "REFUSAL", text: "Uden for puljens formål." },
      { applicationId: apps[3]!.id, outcome: "GRANT", amountOre: 1_000_000n, text: "" },
    ],
  });
  // Application 4 is already decided (at another meeting): it is not put on the agenda again.
  await db().decision.create({
    data: { applicationId: apps[3]!.id, outcome: "GRANT", amountOre: 1_000_000n, decidedOn: new Date() },
  });
  await db().conflictDeclaration.create({
    data: {
      applicationId: apps[1]!.id,
      userId: ruledOut.user.id,
      ground: "PERSONAL_INTEREST",
      description: "Bestyrelsesmedlem",
      declaredById: ruledOut.user.id,
      excluded: true,
    },
  });
  const project = await db().project.create({
    data: {
      committeeId,
      slug: `p-${committeeId}`,
      title: "Fremtidens boligsociale indsats",
      purpose: "At samle boligområderne",
      status: "RECOMMENDED",
      budgetLines: {
        create: [
          { label: "Lokaler", amountOre: 1_500_000n },
          { label: "Forplejning", amountOre: 1_250_000n },
        ],
      },
      planGoals: { create: [{ planGoalId: goal.id }] },
    },
  });
  return {
    committeeId,
    secretariat,
    member,
    otherSecretariat,
    chairId,
    ruledOutName,
    call,
    apps,
    projectId: project.id,
  };
}

/** The form's values for a meeting of the fixture's committee on 11 March 2030, 18–21. */
export const meetingInput = (committeeId: string, over: Record<string, unknown> = {}) => ({
  meetingId: "",
  version: 0,
  committeeId,
  title: "Lokaludvalgsmøde marts 2030",
  startsAt: "2030-03-11T18:00",
  endsAt: "21:00",
  venue: "Nørrebro Bibliotek",
  kind: "PLENARY" as const,
  workingGroupId: "",
  ...over,
});

export const newMeeting = async (f: AgendaFixture, over: Record<string, unknown> = {}) =>
  (await createMeeting(f.secretariat, meetingInput(f.committeeId, over))).id;
export const liveItems = (meetingId: string) =>
  db().agendaItem.findMany({ where: { meetingId, deletedAt: null }, orderBy: { position: "asc" } });
export const meetingVersion = async (id: string) => (await db().meeting.findUniqueOrThrow({ where: { id } })).version;
