// Factories write real rows into the test file's own database.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Actor, RoleName } from "@/lib/auth/permissions";
import { loadActor } from "@/lib/auth/actor";

const uid = () => randomBytes(4).toString("hex");

const liveActor = loadActor;

/** The actor for an existing user (e.g. a demo account), as a session would give it. */
export async function actorFor(email: string): Promise<Actor> {
  const actor = await liveActor({ email });
  if (!actor) throw new Error(`actorFor: no live user ${email} (deleted or disabled: getActor gives no actor)`);
  return actor;
}

export async function createCommittee(name = `Udvalg ${uid()}`) {
  return db().committee.create({ data: { name, slug: `u-${uid()}`, municipality: "Testkommune" } });
}

export async function createUser(
  opts: { roles?: { committeeId: string; role: RoleName }[]; password?: string; email?: string } = {},
) {
  const email = opts.email ?? `user-${uid()}@example.dk`;
  const user = await db().user.create({
    data: {
      email,
      name: `Bruger ${email}`,
      passwordHash: opts.password ? await hashPassword(opts.password) : null,
      memberships: { create: (opts.roles ?? []).map((r) => ({ committeeId: r.committeeId, role: r.role })) },
    },
  });
  const actor = (await liveActor({ id: user.id }))!;
  return { user, actor };
}

export async function createCallWithApplications(committeeId: string, count: number) {
  const call = await db().call.create({
    data: {
      committeeId,
      slug: `c-${uid()}`,
      title: `Opslag ${uid()}`,
      amountAvailableOre: 5_000_000n,
      status: "CLOSED",
    },
  });
  const applications = [];
  for (let i = 0; i < count; i++) {
    const org = await db().organisation.create({ data: { name: `Forening ${uid()}` } });
    applications.push(
      await db().application.create({
        data: {
          callId: call.id,
          organisationId: org.id,
          contactName: "Kontakt",
          contactEmail: `k-${uid()}@example.dk`,
          title: `Ansøgning ${i + 1}`,
          description: "Beskrivelse",
          requestedOre: 1_000_000n,
          status: "SCORING",
        },
      }),
    );
  }
  return { call, applications };
}
