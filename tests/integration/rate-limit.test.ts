import { describe, expect, it } from "vitest";
import { clearHits, countHit, retryAfter, takeHit } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

const window = { limit: 5, seconds: 900 };

describe("the database-backed rate limit", () => {
  it("blocks after the limit and tells how long to wait", async () => {
    const key = "test:block";
    for (let i = 0; i < 4; i++) await countHit(key, window);
    expect(await retryAfter(key, window)).toBe(0);
    await countHit(key, window);
    const wait = await retryAfter(key, window);
    expect(wait).toBeGreaterThan(890);
    expect(wait).toBeLessThanOrEqual(900);
    await clearHits(key);
    expect(await retryAfter(key, window)).toBe(0);
  });

  it("counts every hit when many instances record at once", async () => {
    const key = "test:parallel";
    await Promise.all(Array.from({ length: 25 }, () => countHit(key, window)));
    expect((await db().rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(25);
  });

  it("starts a new window once the old one has passed", async () => {
    const key = "test:expired";
    await db().rateLimit.create({ data: { key, windowStart: new Date(Date.now() - 901_000), count: 99 } });
    expect(await retryAfter(key, window)).toBe(0);
    await countHit(key, window);
    expect((await db().rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(1);
  });
});

describe("check-and-count in one statement", () => {
  it("of 30 parallel takes, exactly the limit are allowed and the count stays at the limit", async () => {
    const key = "test:take-parallel";
    const takes = await Promise.all(Array.from({ length: 30 }, () => takeHit(key, window)));
    expect(takes.filter((t) => t.allowed)).toHaveLength(5);
    expect(takes.filter((t) => !t.allowed).every((t) => !t.allowed && t.retryAfter > 0)).toBe(true);
    expect((await db().rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(5);
  });

  it("a take after the window has passed starts a new one", async () => {
    const key = "test:take-expired";
    await db().rateLimit.create({ data: { key, windowStart: new Date(Date.now() - 901_000), count: 5 } });
    expect(await takeHit(key, window)).toEqual({ allowed: true, count: 1 });
  });
});
