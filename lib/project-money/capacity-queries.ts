import "server-only";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { capacityState, plannedMinutesIn, yearsOf } from "./model";

/**
 * A committee's secretariat capacity per year: the hours the admin entered, the hours its projects plan (each
 * project's estimate spread evenly over the years of its period) and the hours spent that year, per project and in
 * total. For staff who read the committee's projects; the committee's admin edits the capacity.
 */
export async function getCapacityPage(actor: Actor, committeeId: string, now = new Date()) {
  const committee = await db().committee.findFirst({
    where: { AND: [{ id: committeeId, deletedAt: null }, readableCommittee(actor)] },
    select: { id: true, name: true },
  });
  if (!committee) return null;
  const [capacities, projects, hours] = await Promise.all([
    db().committeeCapacity.findMany({
      where: { committeeId: committee.id },
      select: { year: true, hours: true, version: true },
    }),
    db().project.findMany({
      where: { committeeId: committee.id, deletedAt: null, status: { not: "REFUSED" } },
      orderBy: { title: "asc" },
      select: {
        id: true,
        title: true,
        startDate: true,
        endDate: true,
        createdAt: true,
        secretariatHoursEstimate: true,
      },
    }),
    db().projectHours.findMany({
      where: { deletedAt: null, project: { committeeId: committee.id, deletedAt: null } },
      select: { projectId: true, workedOn: true, minutes: true },
    }),
  ]);
  const spentIn = (projectId: string, year: number) =>
    hours
      .filter((h) => h.projectId === projectId && h.workedOn.getUTCFullYear() === year)
      .reduce((s, h) => s + h.minutes, 0);
  const yearSet = new Set<number>([now.getUTCFullYear(), ...capacities.map((c) => c.year)]);
  hours.forEach((h) => yearSet.add(h.workedOn.getUTCFullYear()));
  projects.filter((p) => p.secretariatHoursEstimate !== null).forEach((p) => yearsOf(p).forEach((y) => yearSet.add(y)));
  const years = [...yearSet]
    .sort((a, b) => b - a)
    .map((year) => {
      const rows = projects
        .map((p) => ({
          id: p.id,
          title: p.title,
          plannedMinutes: plannedMinutesIn({ ...p, estimateMinutes: p.secretariatHoursEstimate }, year),
          spentMinutes: spentIn(p.id, year),
        }))
        .filter((r) => r.plannedMinutes > 0 || r.spentMinutes > 0);
      const capacity = capacities.find((c) => c.year === year) ?? null;
      const plannedMinutes = rows.reduce((s, r) => s + r.plannedMinutes, 0);
      const spentMinutes = rows.reduce((s, r) => s + r.spentMinutes, 0);
      return {
        year,
        capacityHours: capacity?.hours ?? null,
        version: capacity?.version ?? 0,
        plannedMinutes,
        spentMinutes,
        state: capacityState(capacity?.hours ?? null, plannedMinutes, spentMinutes),
        rows,
      };
    });
  return { committee, canEdit: can(actor, "committee:manage", committee.id), years };
}

const readableCommittee = (actor: Actor) => ({ id: { in: committeesWhere(actor, "project:read") } });
