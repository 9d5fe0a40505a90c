import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";

/**
 * Which staff account a single sign-on login may enter, or null. A subject
 * already pinned to an account is proof enough. Otherwise the provider must
 * say the e-mail is verified (`email_verified === true`, not a string, not
 * absent): an address a user merely typed at the provider proves nothing.
 * The first verified login pins the subject, so later logins match on it and
 * no other subject can take the account over.
 */
type OidcClaims = { subject: string | null | undefined; email: unknown; emailVerified: unknown };

export async function linkOidcAccount(claims: OidcClaims): Promise<string | null> {
  const subject = claims.subject;
  if (!subject) return null;
  const active = { disabledAt: null, deletedAt: null };
  const pinned = await db().user.findFirst({
    where: { oidcSubject: subject },
    select: { id: true, disabledAt: true, deletedAt: true },
  });
  if (pinned) return pinned.disabledAt || pinned.deletedAt ? null : pinned.id;
  if (claims.emailVerified !== true || typeof claims.email !== "string") return null;
  const email = claims.email.trim().toLowerCase();
  return db().$transaction(async (tx) => {
    const pinnedNow = await tx.user.updateMany({
      where: { email, oidcSubject: null, ...active },
      data: { oidcSubject: subject },
    });
    if (pinnedNow.count !== 1) return null;
    const user = await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    await audit(tx, {
      actorId: user.id,
      actorLabel: email,
      action: "login.oidcLinked",
      entityType: "User",
      entityId: user.id,
    });
    return user.id;
  });
}
