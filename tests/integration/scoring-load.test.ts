// Load (issue 16, point 5): the evening before a meeting, 50 members save and submit their score sheets at the
// same moment, each from three tabs (drafts racing the submit). Every sheet must end submitted with exactly the
// submitted values, stored once, with one audit entry per submit, and the ranking must count all 50.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UserError } from "@/lib/actions/errors";
import { saveScoreSheet } from "@/lib/scoring/mutations";
import { getCallRanking } from "@/lib/scoring/queries";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor, createUser } from "@/tests/factories";

const members = 50;
const applicationId = "demo-app-013";
const callId = "demo-call-social";
const criteria = ["soc", "real", "arb", "ens", "uds"].map((c) => `demo-criterion-${c}`);
/** A draft's comment says so, so a draft that lands over a submitted sheet shows whatever its value. */
const sheet = (submit: boolean, value: number) => ({
  applicationId,
  submit,
  scores: criteria.map((criterionId) => ({
    criterionId,
    value,
    notApplicable: false,
    comment: submit ? `v${value}` : "kladde",
  })),
});
/** Member i's submitted value: spread over the scale 1–5, so a lost or mixed-up sheet shows. */
const valueOf = (i: number) => 1 + (i % 5);

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("50 members scoring at once", () => {
  it("stores every submitted sheet once, none lost, and the ranking counts them all", async () => {
    const call = await db().call.findUniqueOrThrow({ where: { id: callId }, select: { committeeId: true } });
    // The demo's own reviewers of this application are left out of the sums below by counting only the new ones.
    const actors = [];
    for (let i = 0; i < members; i++) {
      const { actor } = await createUser({ roles: [{ committeeId: call.committeeId, role: "MEMBER" }] });
      await db().reviewAssignment.create({ data: { applicationId, userId: actor.id } });
      actors.push(actor);
    }
    const ids = actors.map((a) => a.id);

    // All at once: per member a draft, the submit and another draft, from three tabs, in no set order.
    const started = Date.now();
    const results = await Promise.allSettled(
      actors.flatMap((actor, i) => [
        saveScoreSheet(actor, sheet(false, 1)),
        saveScoreSheet(actor, sheet(true, valueOf(i))),
        saveScoreSheet(actor, sheet(false, 2)),
      ]),
    );
    const elapsedMs = Date.now() - started;

    // A draft that lands after its submit is refused with the sheet-locked message; nothing else may fail.
    const unexpected = results.flatMap((r) =>
      r.status === "rejected" && !(r.reason instanceof UserError && r.reason.messageKey === "scoring.sheetLocked")
        ? [String(r.reason)]
        : [],
    );
    expect(unexpected).toEqual([]);
    expect(results.filter((r, k) => k % 3 === 1 && r.status === "fulfilled")).toHaveLength(members);

    const scores = await db().score.findMany({
      where: { applicationId, userId: { in: ids } },
      select: { userId: true, criterionId: true, value: true, comment: true },
    });
    expect(scores).toHaveLength(members * criteria.length);
    for (const [i, id] of ids.entries()) {
      const mine = scores.filter((s) => s.userId === id);
      expect(mine.map((s) => s.criterionId).sort()).toEqual([...criteria].sort());
      expect(new Set(mine.map((s) => `${s.value}/${s.comment}`))).toEqual(new Set([`${valueOf(i)}/v${valueOf(i)}`]));
    }
    const sheets = await db().scoreSheet.findMany({ where: { applicationId, userId: { in: ids } } });
    expect(sheets.filter((s) => s.submittedAt !== null)).toHaveLength(members);
    const submits = await db().auditEntry.count({
      where: { action: "score.submit", entityId: applicationId, actorId: { in: ids } },
    });
    expect(submits).toBe(members);

    // The ranking, as the secretariat reads it, holds every member's sheet for the application.
    const ranking = (await getCallRanking(await actorFor("sekretariat@example.dk"), callId))!;
    const row = ranking.ranking.applications.find((r) => r.applicationId === applicationId)!;
    const counted = row.memberScores.filter((m) => ids.includes(m.userId));
    expect(counted).toHaveLength(members);
    expect(counted.map((m) => m.score).sort()).toEqual(ids.map((_, i) => valueOf(i)).sort());
    expect(row.missingUserIds.filter((id) => ids.includes(id))).toEqual([]);
    console.log(`scoring load: ${members} members × 3 saves in ${elapsedMs} ms`);
  }, 120_000);
});
