"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { clientAddress } from "@/lib/auth/client-address";
import { codeSchema, forgotPasswordSchema, noInputSchema, resetPasswordSchema } from "./schema";
import { beginEnrolment, confirmEnrolment, disableTotp, regenerateRecoveryCodes } from "./totp";
import { requestPasswordReset, resetPassword } from "./reset";

// The person's own account. The TOTP actions need a session, not a permission: a staff member whom the
// installation requires to enrol has no permissions until they have (lib/auth/actor.ts); the mutations refuse
// without an actor.

export const beginTotpAction = defineAction({
  schema: noInputSchema,
  permission: null,
  revalidate: "/account/security",
  run: async (_input, { actor }) => {
    await beginEnrolment(actor);
    return null;
  },
});

/** Returns the recovery codes, which the page shows this once. */
export const confirmTotpAction = defineAction({
  schema: codeSchema,
  permission: null,
  run: async ({ code }, { actor }) => ({ recoveryCodes: await confirmEnrolment(actor, code) }),
});

export const disableTotpAction = defineAction({
  schema: codeSchema,
  permission: null,
  revalidate: "/account/security",
  run: async ({ code }, { actor }) => {
    await disableTotp(actor, code);
    return null;
  },
});

export const regenerateRecoveryCodesAction = defineAction({
  schema: codeSchema,
  permission: null,
  run: async ({ code }, { actor }) => ({ recoveryCodes: await regenerateRecoveryCodes(actor, code) }),
});

/** Public. The same answer whether or not the address has an account. */
export const forgotPasswordAction = defineAction({
  schema: forgotPasswordSchema,
  permission: null,
  run: async ({ email }) => {
    await requestPasswordReset({ email, address: clientAddress(await headers()) });
    return { sent: true };
  },
});

/** Public: the mailed token is the authority (and a code, when the user has a second factor). */
export const resetPasswordAction = defineAction({
  schema: resetPasswordSchema,
  permission: null,
  run: async ({ token, password, code }) => {
    await resetPassword({ token, password, code: code || undefined });
    redirect("/login?reset=1");
  },
});
