import { describe, expect, it } from "vitest";
import { checkDatabase } from "@/lib/platform/queries";
import { db } from "@/lib/db";

describe("the health check", () => {
  it("reports the database up with its applied migrations", async () => {
    const r = await checkDatabase(null);
    expect(r.up).toBe(true);
    expect(r.migrations).toBeGreaterThanOrEqual(1);
  });

  it("is ready only when every migration this version ships is applied", async () => {
    expect((await checkDatabase(null)).pendingMigrations).toEqual([]);
    const [last] = await db().$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await db().$executeRaw`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = ${last!.name}`;
    try {
      expect((await checkDatabase(null)).pendingMigrations).toEqual([last!.name]);
    } finally {
      await db().$executeRaw`UPDATE "_prisma_migrations" SET finished_at = now() WHERE migration_name = ${last!.name}`;
    }
  });
});
