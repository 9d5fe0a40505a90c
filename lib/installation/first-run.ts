import type { Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { issueToken, revokeTokens } from "@/lib/auth/tokens";

// The first run of a production installation (no demo data): no account and
// no default password exist, so `npm start` prints a one-time set-up link, and
// `npm run admin:create` makes one for a named person. Not server-only: both
// scripts call it with their own client.

/** Whether someone can already administer the installation (an active installation admin with a password). */
export async function hasInstallationAdmin(tx: Pick<Tx, "user">): Promise<boolean> {
  const n = await tx.user.count({
    where: { installationAdmin: true, deletedAt: null, disabledAt: null, passwordHash: { not: null } },
  });
  return n > 0;
}

const setupPath = (token: string) => `/setup/${token}`;

/** A set-up link (valid 24 hours) while nobody administers the installation; null once someone does. */
export async function firstRunLink(tx: Tx, origin: string): Promise<string | null> {
  if (await hasInstallationAdmin(tx)) return null;
  const token = await issueToken(tx, { purpose: "SETUP" });
  return `${origin}${setupPath(token)}`;
}

export type CreatedAdmin = { userId: string; link: string | null; created: boolean };

/**
 * `npm run admin:create -- --email …`: makes the person an installation admin. A new person (or one without a
 * password) gets a set-up link bound to them, where they choose their password; one who can already log in is
 * promoted and needs no link.
 */
export async function createInstallationAdmin(
  tx: Tx,
  input: { email: string; name?: string },
  origin: string,
): Promise<CreatedAdmin> {
  const email = input.email.trim().toLowerCase();
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const name = input.name?.trim() || email.split("@")[0]!;
  const user = existing
    ? await tx.user.update({
        where: { id: existing.id },
        data: { installationAdmin: true, disabledAt: null, deletedAt: null },
        select: { id: true },
      })
    : await tx.user.create({ data: { email, name, installationAdmin: true }, select: { id: true } });
  await audit(tx, {
    actorId: null,
    actorLabel: "shell: npm run admin:create",
    action: "user.installationAdmin",
    entityType: "User",
    entityId: user.id,
    changes: { installationAdmin: true, created: !existing },
  });
  if (existing?.passwordHash) return { userId: user.id, link: null, created: false };
  // One live link per person: a second run replaces the first.
  await revokeTokens(tx, user.id, "SETUP");
  const token = await issueToken(tx, { purpose: "SETUP", userId: user.id });
  return { userId: user.id, link: `${origin}${setupPath(token)}`, created: !existing };
}
