// A database restart in the middle of a load (issue 16, point 5). The production server reaches PostgreSQL through
// a TCP relay that this test can cut: every connection is reset at once and new ones are dropped for a few seconds,
// as a restarting server does to its clients. Four secretaries keep registering hours and a reader keeps opening
// the project. Every write the app accepted must be stored, no request may hang, the requests in the gap get the
// error page or the form's error message, and the app recovers by itself.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/demo";
import { ensureBuild } from "@/scripts/lib/fresh-app";
import { act, get, login, startServer, waitFor, type Started } from "@/tests/support/app-server";

type Outage = "reset" | "silent";
type Relay = { port: number; cut(how: Outage): void; restore(): void; close(): Promise<void> };

/**
 * A TCP relay to the database whose connections can all be cut until restored: new ones are then reset at once (a
 * server restarting) or taken and never answered (a server hanging, or a network that drops packets).
 */
async function relayTo(host: string, port: number): Promise<Relay> {
  const open = new Set<net.Socket>();
  let down: Outage | null = null;
  const server = net.createServer((client) => {
    if (down === "reset") return void client.destroy();
    if (down === "silent") {
      open.add(client);
      client.on("error", () => open.delete(client)).on("close", () => open.delete(client));
      return;
    }
    const upstream = net.connect(port, host);
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    for (const s of [client, upstream]) {
      open.add(s);
      s.on("error", end).on("close", end);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut(how) {
      down = how;
      for (const s of open) s.destroy();
    },
    restore() {
      down = null;
      for (const s of open) s.destroy();
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const project = "demo-project-moerkhoej";
let relay: Relay;
let app: Started;

beforeAll(async () => {
  ensureBuild();
  await seedDemo(process.env.DATABASE_URL!);
  const target = new URL(process.env.DATABASE_URL!);
  relay = await relayTo(target.hostname, Number(target.port || 5432));
  const viaRelay = new URL(target);
  viaRelay.hostname = "127.0.0.1";
  viaRelay.port = String(relay.port);
  app = await startServer({ DATABASE_URL: viaRelay.toString(), JOBS_ENABLED: "0" });
}, 900_000);

afterAll(async () => {
  if (app?.child.exitCode === null) app.child.kill("SIGKILL");
  await relay?.close();
});

/**
 * A request that may not hang: it must answer within 15 s, whatever the database does (the pool gives up on a
 * connection after 5 s, lib/db.ts). The silent outage lasts longer than that, so a wait on it shows.
 */
const boundMs = 15_000;
async function bounded<T>(what: string, request: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} hung for ${boundMs / 1000} s`)), boundMs);
  });
  try {
    return await Promise.race([request(), hang]);
  } finally {
    clearTimeout(timer);
  }
}

describe("the database goes away in the middle of a load", () => {
  it.each([
    ["restarts (connections reset, 4 s)", "reset", 4_000],
    ["stops answering (connections hang, 20 s)", "silent", 20_000],
  ] as const)(
    "%s: no accepted write is lost, the gap gets errors, not a hang, and it recovers",
    async (_, how, gapMs) => {
      const cookie = await login(app, "sekretariat@example.dk");
      const me = await db().user.findUniqueOrThrow({ where: { email: "sekretariat@example.dk" } });
      const accepted: string[] = [];
      const refusedInGap: string[] = [];
      const pagesInGap: number[] = [];
      let phase: "before" | "gap" | "after" = "before";
      let running = true;

      const writer = async (w: number) => {
        for (let k = 0; running; k++) {
          const note = `udfald-${how}-${w}-${k}`;
          const r = await bounded(note, () =>
            act(
              app,
              `/projects/${project}`,
              ["lib/project-money/actions.ts", "addHoursAction"],
              { projectId: project, userId: me.id, workedOn: "2026-11-30", duration: "0:15", note },
              cookie,
            ),
          );
          if (r.text.includes('"ok":true')) accepted.push(note);
          else if (phase === "gap") refusedInGap.push(r.status >= 500 ? `status ${r.status}` : r.text);
        }
      };
      const reader = async () => {
        while (running) {
          const r = await bounded("the project page", () => get(app.port, `/projects/${project}`, { cookie }));
          if (phase === "gap") {
            pagesInGap.push(r.status);
            // Not a blank 500: the app's own error page, in Danish.
            if (r.status >= 500) expect(r.body).toContain("Der opstod en fejl");
          }
        }
      };
      const load = Promise.all([writer(1), writer(2), writer(3), writer(4), reader()]);

      // Writes are accepted before the cut: waited for, since a busy machine (CI) may take seconds for the first.
      await waitFor("a write accepted before the cut", () => accepted.length > 0 || undefined, 60_000);
      await new Promise((r) => setTimeout(r, 1_000));
      const acceptedBefore = accepted.length;
      phase = "gap";
      relay.cut(how);
      await new Promise((r) => setTimeout(r, gapMs));
      relay.restore();
      phase = "after";
      // It recovers by itself: a write is accepted again, with no restart of the app.
      const acceptedAtRestore = accepted.length;
      await waitFor(
        "a write accepted after the restart",
        () => accepted.length > acceptedAtRestore || undefined,
        60_000,
      );
      await new Promise((r) => setTimeout(r, 1_000));
      running = false;
      await load;

      console.log(
        `db outage (${how}): ${accepted.length} writes accepted (${acceptedBefore} before the cut), ` +
          `${refusedInGap.length} refused and ${pagesInGap.length} pages answered in the ${gapMs / 1000} s gap`,
      );
      expect(acceptedBefore).toBeGreaterThan(0);
      // The gap was real: requests in it were refused, each with the form's message or the error page.
      expect(refusedInGap.length + pagesInGap.filter((s) => s >= 500).length).toBeGreaterThan(0);
      for (const answer of refusedInGap) expect(answer).toMatch(/"code":"error"|status 5\d\d/);
      // No accepted write is lost.
      const stored = await db().projectHours.findMany({
        where: { projectId: project, note: { startsWith: `udfald-${how}-` } },
        select: { note: true },
      });
      const storedNotes = new Set(stored.map((s) => s.note));
      expect(accepted.filter((n) => !storedNotes.has(n))).toEqual([]);
      expect((await get(app.port, "/api/health")).status).toBe(200);
    },
    240_000,
  );
});
