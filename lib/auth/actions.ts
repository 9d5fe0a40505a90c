"use server";
import { AuthError } from "next-auth";
import { forbidden, notFound, redirect, unstable_rethrow } from "next/navigation";
import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/action-result";
import type { ActionResult } from "@/lib/action-result";
import { fieldErrorsFrom } from "@/lib/action-result";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { auth, signIn, signOut } from "./config";
import { endSession } from "./sessions";
import { getActor } from "./session";
import { can } from "./permissions";
import { unlockLoginAsAdmin } from "./admin-unlock";
import { redeemUnlock } from "./unlock";
import { loginSchema } from "./schema";
import { safeReturnTo } from "./return-to";

export type LoginState = (ActionResult & { email?: string }) | null;

/** useActionState-shaped, so the form posts without JavaScript too. */
export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const input = Object.fromEntries(["email", "password", "callbackUrl"].map((k) => [k, formData.get(k) ?? undefined]));
  const email = typeof input.email === "string" ? input.email : "";
  const result = await attemptLogin(input);
  return { ...result, email };
}

async function attemptLogin(input: unknown): Promise<ActionResult> {
  const t = await getT();
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      message: t("errors.validation"),
      fieldErrors: fieldErrorsFrom(parsed.error.issues, (k) => t(k as MessageKey)),
    };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeReturnTo(parsed.data.callbackUrl),
    });
    return { ok: true, data: null };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AuthError) {
      const code = "code" in error && typeof error.code === "string" ? error.code : "";
      if (code === "locked") return { ok: false, message: t("loginLock.locked") };
      if (code.startsWith("rate_limited:"))
        return { ok: false, message: t("login.rateLimited", { minutes: code.split(":")[1] ?? "15" }) };
      return { ok: false, message: t("login.failed") };
    }
    throw error;
  }
}

export async function loginWithOidc(): Promise<void> {
  await signIn("oidc", { redirectTo: "/dashboard" });
}

/** Ends the session row first: the cookie may have been copied, and every copy must die with it. */
export async function logout(): Promise<void> {
  const session = await auth();
  const sid = (session as { sid?: unknown } | null)?.sid;
  if (typeof sid === "string") await endSession(sid);
  await signOut({ redirectTo: "/login?loggedOut=1" });
}

/** The mailed unlock link's button. Public: the token itself is the proof. */
export async function unlockAccount(formData: FormData): Promise<void> {
  const token = formData.get("token");
  const ok = typeof token === "string" && (await redeemUnlock(token));
  redirect(ok ? "/login/unlock?result=ok" : "/login/unlock?result=failed");
}

/** The admin's unlock button on the user list. */
export async function unlockUserAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor || !can(actor, "user:manage")) forbidden();
  const userId = formData.get("userId");
  try {
    await unlockLoginAsAdmin(actor, typeof userId === "string" ? userId : "");
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  revalidatePath("/admin/users");
}
