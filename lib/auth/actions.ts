"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import { UserError } from "@/lib/actions/errors";
import { auth, signIn, signOut } from "./config";
import { endSession } from "./sessions";
import { unlockLoginAsAdmin } from "./admin-unlock";
import { redeemUnlock } from "./unlock";
import { loginSchema, tokenSchema, userIdSchema } from "./schema";
import { safeReturnTo } from "./return-to";

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
      if (code === "locked") throw new UserError("loginLock.locked");
      if (code.startsWith("rate_limited:"))
        throw new UserError("login.rateLimited", { minutes: code.split(":")[1] ?? "15" });
      throw new UserError("login.failed");
    }
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
