"use server";
import { AuthError } from "next-auth";
import type { Route } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import { UserError } from "@/lib/actions/errors";
import { auth, signIn, signOut } from "./config";
import { endSession } from "./sessions";
import { unlockLoginAsAdmin } from "./admin-unlock";
import { redeemUnlock } from "./unlock";
import { loginSchema, tokenSchema, userIdSchema } from "./schema";
import { loginCodeSchema } from "@/lib/account/schema";
import { challengeCookie } from "./second-factor-login";
import { safeReturnTo } from "./return-to";
import { servedOverHttps } from "@/lib/public/site-url";

const nothing = z.object({});

/**
 * Public: the password is the authority. A success redirects; a refusal says
 * why without naming which field was wrong.
 */
export const login = defineAction({
  schema: loginSchema,
  permission: null,
  run: async (input) => {
    try {
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirectTo: safeReturnTo(input.callbackUrl),
      });
      return null;
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const code = "code" in error && typeof error.code === "string" ? error.code : "";
      if (code.startsWith("second_factor:")) await askForCode(code.slice("second_factor:".length), input.callbackUrl);
      if (code === "locked") throw new UserError("loginLock.locked");
      if (code.startsWith("rate_limited:"))
        throw new UserError("login.rateLimited", { minutes: code.split(":")[1] ?? "15" });
      throw new UserError("login.failed");
    }
  },
});

/** The password was right; the challenge waits in an httpOnly cookie while the person types the code. */
async function askForCode(challenge: string, callbackUrl: string | undefined): Promise<never> {
  (await cookies()).set(challengeCookie, challenge, {
    httpOnly: true,
    sameSite: "lax",
    secure: servedOverHttps(),
    path: "/login",
    maxAge: 5 * 60,
  });
  redirect((callbackUrl ? `/login/code?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login/code") as Route);
}

/** The login's second step: a code from the app, or a recovery code. Public: the challenge cookie is the authority. */
export const loginWithCode = defineAction({
  schema: loginCodeSchema,
  permission: null,
  run: async (input) => {
    const jar = await cookies();
    const challenge = jar.get(challengeCookie)?.value;
    if (!challenge) throw new UserError("totp.challengeExpired");
    try {
      await signIn("credentials", {
        challenge,
        code: input.code,
        redirect: false,
        redirectTo: safeReturnTo(input.callbackUrl),
      });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const code = "code" in error && typeof error.code === "string" ? error.code : "";
      if (code === "challenge_expired") {
        jar.delete({ name: challengeCookie, path: "/login" });
        throw new UserError("totp.challengeExpired");
      }
      throw new UserError("totp.wrongCode");
    }
    jar.delete({ name: challengeCookie, path: "/login" });
    redirect(safeReturnTo(input.callbackUrl) as Route);
  },
});

export const loginWithOidc = defineAction({
  schema: nothing,
  permission: null,
  run: async () => {
    await signIn("oidc", { redirectTo: "/dashboard" });
    return null;
  },
});

/** Ends the session row first: the cookie may have been copied, and every copy must die with it. */
export const logout = defineAction({
  schema: nothing,
  permission: null,
  run: async () => {
    const session = await auth();
    const sid = (session as { sid?: unknown } | null)?.sid;
    if (typeof sid === "string") await endSession(sid);
    await signOut({ redirectTo: "/login?loggedOut=1" });
    return null;
  },
});

/** The mailed unlock link's button. Public: the token itself is the proof. */
export const unlockAccount = defineAction({
  schema: tokenSchema,
  permission: null,
  run: async ({ token }) => {
    const ok = await redeemUnlock(token);
    redirect(ok ? "/login/unlock?result=ok" : "/login/unlock?result=failed");
  },
});

/** The admin's unlock button on the user list. */
export const unlockUserAction = defineAction({
  schema: userIdSchema,
  permission: "user:manage",
  revalidate: "/admin/users",
  run: async ({ userId }, { actor }) => {
    await unlockLoginAsAdmin(actor, userId);
    return null;
  },
});
