import "server-only";
import { readInstallation } from "@/lib/installation/settings";
import { staffNeedingTotp } from "@/lib/auth/actor";
import { clearHits, takeHit } from "@/lib/auth/rate-limit";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/actions/errors";
import { UnauthenticatedError, type Actor } from "@/lib/auth/permissions";
import { acceptTotp, newTotpSecret, totpUri } from "./model";
import { openTotp, replaceRecoveryCodes, sealTotp, redeemTotpCode } from "./second-factor";

// The signed-in person's own second factor: enrol (a secret pending until a code confirms it), recovery codes
// shown once, disable and regenerate with a current code.

function signedIn(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
}

const log = (actor: Actor, action: string) => ({
  actorId: actor.id,
  actorLabel: actor.email,
  action,
  entityType: "User",
  entityId: actor.id,
});

/** Staff who must use a second factor (the installation's policy) cannot turn it off. */
export async function totpRequiredFor(userId: string): Promise<boolean> {
  if (!(await readInstallation(db())).requireTotpForStaff) return false;
  const staff = await db().user.count({
    where: {
      id: userId,
      OR: [
        { installationAdmin: true },
        {
          memberships: {
            some: { deletedAt: null, role: { in: [...staffNeedingTotp] }, committee: { deletedAt: null } },
          },
        },
      ],
    },
  });
  return staff > 0;
}

/** The security page: the state, and while enrolment is pending, the QR code and the secret for manual entry. */
export async function getSecurityPage(actor: Actor | null) {
  signedIn(actor);
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      email: true,
      totpSecret: true,
      totpEnabledAt: true,
      recoveryCodes: { where: { usedAt: null }, select: { id: true } },
    },
  });
  const required = await totpRequiredFor(actor.id);
  if (user.totpEnabledAt)
    return { state: "enabled" as const, since: user.totpEnabledAt, recoveryLeft: user.recoveryCodes.length, required };
  if (!user.totpSecret) return { state: "off" as const, required };
  const { secret } = openTotp(actor.id, user.totpSecret);
  const uri = totpUri(secret, user.email, "Lokalpulje");
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return { state: "pending" as const, secret: secret.replace(/(.{4})/g, "$1 ").trim(), qrSvg, required };
}

export async function beginEnrolment(actor: Actor | null): Promise<void> {
  signedIn(actor);
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
    if (user.totpEnabledAt) throw new UserError("totp.alreadyOn");
    const sealed = sealTotp(actor.id, { secret: newTotpSecret(), lastStep: null });
    await tx.user.update({ where: { id: actor.id }, data: { totpSecret: sealed } });
    await audit(tx, log(actor, "totp.enrolmentStarted"));
  });
}

/** The first code turns the second factor on; returns the ten recovery codes, shown this once. */
export async function confirmEnrolment(actor: Actor | null, code: string): Promise<string[]> {
  signedIn(actor);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { totpSecret: true, totpEnabledAt: true },
    });
    if (user.totpEnabledAt) throw new UserError("totp.alreadyOn");
    if (!user.totpSecret) throw new UserError("totp.notStarted");
    const state = openTotp(actor.id, user.totpSecret);
    const step = acceptTotp(state.secret, code, state.lastStep, Date.now());
    if (step === null) throw new UserError("totp.wrongCode");
    const saved = await tx.user.updateMany({
      where: { id: actor.id, totpSecret: user.totpSecret, totpEnabledAt: null },
      data: { totpSecret: sealTotp(actor.id, { ...state, lastStep: step }), totpEnabledAt: new Date() },
    });
    if (saved.count !== 1) throw new UserError("totp.wrongCode");
    const codes = await replaceRecoveryCodes(tx, actor.id);
    await audit(tx, log(actor, "totp.enabled"));
    return codes;
  });
}

const currentCodeWindow = { limit: 5, seconds: 15 * 60 };

/** A current code from the app (not a recovery code) proves the phone is at hand. */
async function withCurrentCode<T>(
  actor: Actor,
  code: string,
  then: (tx: Parameters<typeof redeemTotpCode>[0]) => Promise<T>,
) {
  // A stolen session must not buy endless guesses at the code that turns the factor off or mints recovery codes.
  const key = `totp:${actor.id}`;
  const take = await takeHit(key, currentCodeWindow);
  if (!take.allowed) throw new UserError("totp.tooManyTries", { minutes: Math.ceil(take.retryAfter / 60) });
  const result = await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { totpSecret: true, totpEnabledAt: true },
    });
    if (!user.totpEnabledAt || !user.totpSecret) throw new UserError("totp.notOn");
    if (!(await redeemTotpCode(tx, actor.id, user.totpSecret, code))) throw new UserError("totp.wrongCode");
    return then(tx);
  });
  await clearHits(key);
  return result;
}

export async function disableTotp(actor: Actor | null, code: string): Promise<void> {
  signedIn(actor);
  if (await totpRequiredFor(actor.id)) throw new UserError("totp.requiredByPolicy");
  await withCurrentCode(actor, code, async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { totpSecret: null, totpEnabledAt: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await audit(tx, log(actor, "totp.disabled"));
  });
}

export async function regenerateRecoveryCodes(actor: Actor | null, code: string): Promise<string[]> {
  signedIn(actor);
  return withCurrentCode(actor, code, async (tx) => {
    const codes = await replaceRecoveryCodes(tx, actor.id);
    await audit(tx, log(actor, "totp.recoveryCodesRenewed"));
    return codes;
  });
}
