import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { ConflictError, UserError, ValidationError } from "@/lib/actions/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { endUserSessions, setPassword } from "@/lib/users/password";
import { consumeToken, inspectToken } from "@/lib/auth/tokens";
import { Prisma } from "@/lib/generated/prisma/client";
import { hasInstallationAdmin } from "./first-run";
import type { InstallationInput, SetupInput } from "./schema";
import { installationId, readInstallation } from "./settings";

/** The installation's settings, over the version the admin saw (two tabs: the second gets a conflict). */
export async function saveInstallation(actor: Actor, input: InstallationInput): Promise<void> {
  assertCan(actor, "installation:manage");
  const { version, ...data } = input;
  await db().$transaction(async (tx) => {
    const before = await readInstallation(tx);
    if (before.version !== version) throw new ConflictError("installation version");
    if (version === 0) {
      await createRow(tx, data);
    } else {
      const { count } = await tx.installation.updateMany({
        where: { id: installationId, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError("installation version");
    }
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "installation.update",
      entityType: "Installation",
      entityId: installationId,
      changes: changed(before, data),
    });
  });
}

async function createRow(tx: Tx, data: Omit<InstallationInput, "version">) {
  try {
    await tx.installation.create({ data: { id: installationId, ...data } });
  } catch (e) {
    // Another tab created it first.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      throw new ConflictError("installation");
    throw e;
  }
}

function changed(before: Record<string, unknown>, after: Record<string, unknown>) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, v] of Object.entries(after)) if (before[k] !== v) out[k] = { from: before[k] ?? null, to: v };
  return out as Prisma.InputJsonValue;
}

/**
 * The set-up link's form: the first administrator chooses their password (and, on the first run, names the
 * installation). Public: the link is the authority, and it works once: a double click or a second tab finds it used.
 */
export async function completeSetup(input: SetupInput): Promise<void> {
  await db().$transaction(async (tx) => {
    // Two open links used at the same moment must not make two first admins: set-ups take turns.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('lokalpulje:installation-setup'))`;
    const token = await inspectToken(tx, "SETUP", input.token);
    if (token.state !== "live") throw new UserError(`installation.link.${token.state}`);
    const settings = await readInstallation(tx);
    if (!settings.setupCompleted && !input.installationName)
      throw new ValidationError({ installationName: "installation.nameRequired" });
    // An open link is for the first administrator only; once someone administers, only a bound link still works.
    if (!token.userId && (await hasInstallationAdmin(tx))) throw new UserError("installation.alreadySetUp");
    if (!(await consumeToken(tx, token.id))) throw new UserError("installation.link.used");

    const user = token.userId ? await claimBoundLink(tx, token.userId, input.name) : await createFirstAdmin(tx, input);
    await setPassword(tx, user.id, input.password);
    if (!settings.setupCompleted) {
      await tx.installation.upsert({
        where: { id: installationId },
        create: { id: installationId, name: input.installationName!, setupCompletedAt: new Date() },
        update: { name: input.installationName!, setupCompletedAt: new Date(), version: { increment: 1 } },
      });
    }
    await audit(tx, {
      actorId: user.id,
      actorLabel: user.email,
      action: "installation.setup",
      entityType: "User",
      entityId: user.id,
      changes: { installationAdmin: true, ...(settings.setupCompleted ? {} : { name: input.installationName! }) },
    });
  });
}

/**
 * A link from `npm run admin:create` works only while its person is still an active installation admin: removing
 * the flag or deactivating them must not be undone by an old link. Any sessions they had end with the new password.
 */
async function claimBoundLink(tx: Tx, userId: string, name: string) {
  const { count } = await tx.user.updateMany({
    where: { id: userId, installationAdmin: true, disabledAt: null, deletedAt: null },
    data: { name },
  });
  if (count !== 1) throw new UserError("installation.link.used");
  await endUserSessions(tx, userId);
  return tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true } });
}

async function createFirstAdmin(tx: Tx, input: SetupInput) {
  const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  // Never hand an existing account to whoever holds a link: that is `npm run admin:create`'s job.
  if (taken) throw new ValidationError({ email: "installation.emailTaken" });
  return tx.user.create({
    data: { email: input.email, name: input.name, installationAdmin: true },
    select: { id: true, email: true },
  });
}
