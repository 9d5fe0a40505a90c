import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { TokenPurpose } from "@/lib/generated/prisma/client";

// One-time links and login steps (set-up, invitation, password reset, the
// second factor). The token is handed out once; the table keeps only its
// SHA-256, so a reader of the database cannot use a link.

export const tokenTtlMs: Record<TokenPurpose, number> = {
  SETUP: 24 * 60 * 60 * 1000,
  INVITE: 72 * 60 * 60 * 1000,
  RESET: 60 * 60 * 1000,
  SECOND_FACTOR: 5 * 60 * 1000,
};

/** A transaction, or the client itself for a read. */
type Tokens = Pick<Tx, "userToken">;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

type Issue = {
  purpose: TokenPurpose;
  userId?: string | null;
  createdById?: string | null;
  address?: string | null;
  userAgent?: string | null;
};

/** Creates a token of the purpose, valid for its time to live; returns the token itself (shown or mailed once). */
export async function issueToken(tx: Tokens, input: Issue): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.userToken.create({
    data: {
      purpose: input.purpose,
      tokenHash: hashToken(token),
      userId: input.userId ?? null,
      createdById: input.createdById ?? null,
      expiresAt: new Date(Date.now() + tokenTtlMs[input.purpose]),
      address: input.address?.slice(0, 100) ?? null,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
    },
  });
  return token;
}

export type TokenState = "live" | "used" | "expired" | "unknown";
export type FoundToken = { id: string; userId: string | null; state: TokenState; attempts: number };

/** What a token is, without using it: for the page that shows the form, and a clear message when it cannot. */
export async function inspectToken(tx: Tokens, purpose: TokenPurpose, token: string): Promise<FoundToken> {
  const unknown: FoundToken = { id: "", userId: null, state: "unknown", attempts: 0 };
  if (!token || token.length > 200) return unknown;
  const row = await tx.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, userId: true, usedAt: true, expiresAt: true, attempts: true },
  });
  if (!row || row.purpose !== purpose) return unknown;
  const state: TokenState = row.usedAt ? "used" : row.expiresAt <= new Date() ? "expired" : "live";
  return { id: row.id, userId: row.userId, state, attempts: row.attempts };
}

/**
 * Uses the token, once: true only for the one caller whose update found it live. Two tabs or a double click
 * race on the same row; the database lets one through.
 */
export async function consumeToken(tx: Tokens, id: string): Promise<boolean> {
  const used = await tx.userToken.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  return used.count === 1;
}

/** Ends every live token of the purpose for the user (a new reset link replaces the old ones). */
export async function revokeTokens(tx: Tokens, userId: string, purpose: TokenPurpose): Promise<void> {
  await tx.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
}
