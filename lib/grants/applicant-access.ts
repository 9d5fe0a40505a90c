import "server-only";
import { z } from "zod";
import type { Reader } from "@/lib/db";
import { NotFoundError } from "@/lib/actions/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { hashToken } from "@/lib/auth/tokens";

/**
 * How an applicant reaches a grant: the private link's token (no account), or, signed in, the application's id when
 * the application is theirs. Every form the applicant posts carries one of the two as a hidden field.
 */
export const applicantKeyFields = {
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,64}$/)
    .optional(),
  applicationId: z.string().min(1).max(64).optional(),
};
export type ApplicantKey = { token?: string | undefined; applicationId?: string | undefined };

export type ApplicantGrant = { id: string; committeeId: string; status: string; via: "link" | "account" };

/**
 * THE one reading of an applicant's authority: the token's application while the link is valid, or the signed-in
 * applicant's own application (applicantId = the actor, with `application:own` in its committee). Anything else is
 * "not found", never "forbidden": a guessed id tells nothing. Use it in every read and mutation of the applicant's
 * side (letter, acceptance, accounts, evaluation, answers, uploads).
 */
export async function applicantGrant(
  client: Reader,
  actor: Actor | null,
  key: ApplicantKey,
  now = new Date(),
): Promise<ApplicantGrant> {
  const select = { id: true, status: true, applicantId: true, call: { select: { committeeId: true } } } as const;
  if (key.token) {
    const app = await client.application.findFirst({
      where: {
        accessTokenHash: hashToken(key.token),
        deletedAt: null,
        OR: [{ accessExpiresAt: null }, { accessExpiresAt: { gt: now } }],
      },
      select,
    });
    if (!app) throw new NotFoundError();
    return { id: app.id, committeeId: app.call.committeeId, status: app.status, via: "link" };
  }
  if (key.applicationId && actor) {
    const app = await client.application.findFirst({
      where: { id: key.applicationId, applicantId: actor.id, deletedAt: null },
      select,
    });
    if (app && can(actor, "application:own", app.call.committeeId))
      return { id: app.id, committeeId: app.call.committeeId, status: app.status, via: "account" };
  }
  throw new NotFoundError();
}
