import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { inspectToken, type TokenState } from "@/lib/auth/tokens";
import { readInstallation } from "./settings";

/** The settings page: for an installation admin. */
export async function getInstallationPage(actor: Actor) {
  assertCan(actor, "installation:manage");
  return { settings: await readInstallation(db()) };
}

export type SetupPage =
  | { state: Exclude<TokenState, "live"> }
  | { state: "live"; person: { email: string; name: string } | null; askInstallationName: boolean; name: string };

/**
 * The set-up link's page, public: the token is the authority. It tells whether the link can be used, whom it is
 * for (a link from `npm run admin:create`) and whether the installation still needs its name.
 */
export async function getSetupPage(_: null, token: string): Promise<SetupPage> {
  return db().$transaction(async (tx): Promise<SetupPage> => {
    const found = await inspectToken(tx, "SETUP", token);
    if (found.state !== "live") return { state: found.state };
    const settings = await readInstallation(tx);
    const person = found.userId
      ? await tx.user.findUnique({ where: { id: found.userId }, select: { email: true, name: true } })
      : null;
    return { state: "live", person, askInstallationName: !settings.setupCompleted, name: settings.name };
  });
}
