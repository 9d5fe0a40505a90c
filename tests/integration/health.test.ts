import { describe, expect, it } from "vitest";
import { checkDatabase } from "@/lib/platform/queries";

describe("the health check", () => {
  it("reports the database up with its applied migrations", async () => {
    const r = await checkDatabase(null);
    expect(r.up).toBe(true);
    expect(r.migrations).toBeGreaterThanOrEqual(1);
  });
});
