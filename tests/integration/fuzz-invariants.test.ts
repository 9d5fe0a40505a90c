// The fuzzer's rules for stored rows (tests/e2e/fuzz-support.ts) find a row that breaks them: the check can fail.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { invariantViolations } from "@/tests/e2e/fuzz-support";
import { createCallWithApplications, createCommittee } from "@/tests/factories";

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

describe("the fuzzer's rules for stored rows", () => {
  it("find none in sound data, then each planted breach by table and column", async () => {
    const committee = await createCommittee();
    const { applications } = await createCallWithApplications(committee.id, 2);
    expect(await invariantViolations(client)).toEqual([]);

    await db().organisation.create({ data: { name: "x".repeat(50_001) } });
    await db().application.update({ where: { id: applications[0]!.id }, data: { requestedOre: -1n } });
    await db().application.update({
      where: { id: applications[1]!.id },
      data: { submittedAt: new Date("2300-01-01T00:00:00Z") },
    });
    expect((await invariantViolations(client)).sort()).toEqual([
      "Application.requestedOre negative: 1 rows",
      "Application.submittedAt outside 1900–2200: 1 rows",
      "Organisation.name over 50000 characters: 1 rows",
    ]);
  });
});
