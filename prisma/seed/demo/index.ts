// The demo installation: two committees, the three example documents as
// structured projects, the call "50.000 kr. til en social indsats" with 18
// applicants, a rubric, scores from five members and one ruled conflict, the
// working group's recommendations on four of them, a decided pool round whose
// grants are public, and the committee's meetings: one held with approved and
// published minutes, one held, one planned with its agenda; and a round of small grants, one in each step of
// a grant's life after the decision (letters, payments, accounts). Deterministic: the
// same data on every run, except the few accounts deadlines that must stand in a relation to today.
// Demo accounts exist only here. One file per part of the domain; this one runs them in order, in one transaction.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import { hashPassword } from "../../../lib/auth/password";
import { seedFastTrackCall, seedSocialCall } from "./calls";
import { seedCommittees, seedPools } from "./committees";
import { seedApril2025Minutes, seedMeetings } from "./meetings";
import { seedProjects } from "./projects";
import { seedRecommendations } from "./recommendations";
import { seedDecidedRound, seedGrantOutcomes } from "./public";
import { seedGrantLife } from "./grants";
import { seedConflicts, seedRubric, seedScores } from "./scoring";
import type { Tx } from "./shared";
import { demoPassword, demoUsers, seedPeople } from "./users";

export { demoPassword, demoUsers } from "./users";

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
  const { noerrebro, committeeIds, planGoalIdByCode } = await seedCommittees(tx);
  const { userIdByEmail, workingGroupId } = await seedPeople(tx, hashes, committeeIds);
  const { nPool, mPool, nYear } = await seedPools(tx, committeeIds);
  await seedProjects(tx, { committeeIds, nPool, mPool, userIdByEmail, planGoalIdByCode, workingGroupId });
  const { march, april2025 } = await seedMeetings(tx, noerrebro.id);

  const { rubric, criterionIds } = await seedRubric(tx, noerrebro.id, planGoalIdByCode);
  const appIds = await seedSocialCall(tx, {
    noerrebroId: noerrebro.id,
    poolId: nPool.id,
    rubricId: rubric.id,
    marchMeetingId: march.id,
    planGoalIdByCode,
  });
  await seedScores(tx, appIds, criterionIds);
  await seedConflicts(tx, appIds, march.id);
  await seedRecommendations(tx, workingGroupId);

  await seedDecidedRound(tx, {
    noerrebroId: noerrebro.id,
    poolId: nPool.id,
    rubricId: rubric.id,
    april2025MeetingId: april2025.id,
    poolYear2025Id: nYear(2025),
    planGoalIdByCode,
  });
  await seedApril2025Minutes(tx, april2025.id);
  await seedGrantOutcomes(tx, noerrebro.id);
  await seedFastTrackCall(tx, noerrebro.id, nPool.id);
  await seedGrantLife(tx, {
    noerrebroId: noerrebro.id,
    poolId: nPool.id,
    poolYear2026Id: nYear(2026),
    rubricId: rubric.id,
  });

  await tx.installation.create({ data: { name: "Lokalpulje", setupCompletedAt: new Date() } });
  await tx.auditEntry.create({
    data: { actorId: null, actorLabel: "system", action: "seed.demo", entityType: "Installation", entityId: "demo" },
  });
}
