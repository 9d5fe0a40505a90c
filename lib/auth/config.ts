import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { env, oidcEnabled } from "@/lib/env";
import { challengeLoginSchema, loginSchema } from "./schema";
import { clientAddress } from "./client-address";
import { checkCredentials } from "./login";
import { linkOidcAccount } from "./oidc";
import { completeChallenge } from "./second-factor-login";
import { startSession } from "./sessions";

class RateLimitedSignin extends CredentialsSignin {
  constructor(seconds: number) {
    super();
    this.code = `rate_limited:${Math.ceil(seconds / 60)}`;
  }
}

class LockedSignin extends CredentialsSignin {
  code = "locked";
}

/** The password was right and a code is needed: the challenge goes to the login action, which keeps it in a cookie. */
class SecondFactorSignin extends CredentialsSignin {
  constructor(challenge: string) {
    super();
    this.code = `second_factor:${challenge}`;
  }
}

class ChallengeExpiredSignin extends CredentialsSignin {
  code = "challenge_expired";
}

/** Either email + password, or the second step: challenge + code. */
async function authorizeCredentials(raw: unknown, request: Request | undefined) {
  const second = challengeLoginSchema.safeParse(raw);
  if (second.success) {
    const result = await completeChallenge(second.data);
    if (result.ok) return { ...result.user, sid: result.sessionId };
    if (result.reason === "expired") throw new ChallengeExpiredSignin();
    return null;
  }
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const result = await checkCredentials({
    email: parsed.data.email,
    password: parsed.data.password,
    address: clientAddress(request?.headers ?? new Headers()),
    userAgent: request?.headers.get("user-agent"),
  });
  if (result.ok) return { ...result.user, sid: result.sessionId };
  if (result.reason === "rate_limited") throw new RateLimitedSignin(result.retryAfter);
  if (result.reason === "locked") throw new LockedSignin();
  if (result.reason === "second_factor") throw new SecondFactorSignin(result.challenge);
  return null;
}

/**
 * A session row for a single sign-on login; the request's headers give its address and browser. Such a login
 * skips our second factor: how the person proves who they are (a second factor included) is the identity
 * provider's business, as it is for everything else about that login.
 */
async function startOidcSession(userId: string): Promise<string> {
  const h = await headers();
  const meta = { address: clientAddress(h), userAgent: h.get("user-agent") };
  return db().$transaction((tx) => startSession(tx, userId, meta));
}

function providers(): NextAuthConfig["providers"] {
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" }, challenge: {}, code: {} },
      authorize: authorizeCredentials,
    }),
  ];
  if (oidcEnabled()) {
    const e = env();
    list.push({
      id: "oidc",
      name: e.OIDC_NAME,
      type: "oidc",
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
    });
  }
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: providers(),
  callbacks: {
    // Single sign-on admits only people the committee has already added:
    // the municipality's login proves who they are, not what they may do.
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      const id = await linkOidcAccount({
        subject: account.providerAccountId,
        email: profile?.email,
        emailVerified: profile?.email_verified,
      });
      return id !== null;
    },
    // The cookie names a server-side session row (sid); lib/auth/session.ts checks it on every request.
    async jwt({ token, user, account }) {
      if (account?.provider === "oidc") {
        const found = await db().user.findUnique({
          where: { oidcSubject: account.providerAccountId },
          select: { id: true },
        });
        if (found) {
          token.uid = found.id;
          token.sid = await startOidcSession(found.id);
        }
      } else if (user?.id) {
        token.uid = user.id;
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return Object.assign(session, { sid: typeof token.sid === "string" ? token.sid : undefined });
    },
  },
}));
