import { describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/login";
import { endSession, STAFF_IDLE_TIMEOUT_MS, touchSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { createUser } from "../factories";

async function loggedIn() {
  const { user } = await createUser({ password: "kodeord-1234" });
  const r = await checkCredentials({
    email: user.email,
    password: "kodeord-1234",
    address: "192.0.2.1",
    userAgent: "vitest",
  });
  if (!r.ok) throw new Error("login failed");
  return { user, sessionId: r.sessionId };
}

describe("server-side sessions", () => {
  it("a login starts a session row with the address and browser", async () => {
    const { user, sessionId } = await loggedIn();
    const row = await db().userSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row).toMatchObject({ userId: user.id, address: "192.0.2.1", userAgent: "vitest", endedAt: null });
    expect(await touchSession(sessionId, user.id)).toBe(true);
  });

  it("an ended session is refused", async () => {
    const { user, sessionId } = await loggedIn();
    await endSession(sessionId);
    expect(await touchSession(sessionId, user.id)).toBe(false);
  });

  it("a session idle past the staff idle timeout is refused", async () => {
    const { user, sessionId } = await loggedIn();
    expect(STAFF_IDLE_TIMEOUT_MS).toBe(2 * 60 * 60 * 1000);
    await db().userSession.update({
      where: { id: sessionId },
      data: { lastSeenAt: new Date(Date.now() - STAFF_IDLE_TIMEOUT_MS - 60_000) },
    });
    expect(await touchSession(sessionId, user.id)).toBe(false);
  });

  it("a session of another user is refused", async () => {
    const { sessionId } = await loggedIn();
    const { user: other } = await createUser();
    expect(await touchSession(sessionId, other.id)).toBe(false);
  });

  it("use moves lastSeenAt forward, at most once a minute", async () => {
    const { user, sessionId } = await loggedIn();
    const old = new Date(Date.now() - 30 * 60_000);
    await db().userSession.update({ where: { id: sessionId }, data: { lastSeenAt: old } });
    expect(await touchSession(sessionId, user.id)).toBe(true);
    const first = (await db().userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt;
    expect(first.getTime()).toBeGreaterThan(old.getTime());
    expect(await touchSession(sessionId, user.id)).toBe(true);
    expect((await db().userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(first);
  });
});
