import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env, oidcEnabled } from "@/lib/env";
import { loginSchema } from "./schema";
import { verifyPassword } from "./password";
import { clearHits, loginWindows, recordHit, retryAfter } from "./rate-limit";
import { audit } from "@/lib/audit";

export class RateLimitedSignin extends CredentialsSignin {
  constructor(seconds: number) {
    super();
    this.code = `rate_limited:${Math.ceil(seconds / 60)}`;
  }
}

function clientAddress(request: Request | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "unknown";
}

async function authorizeCredentials(raw: unknown, request: Request | undefined) {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const emailKey = `login:email:${email}`;
  const addressKey = `login:addr:${clientAddress(request)}`;
  const wait = Math.max(await retryAfter(emailKey, loginWindows.perEmail), await retryAfter(addressKey, loginWindows.perAddress));
  if (wait > 0) throw new RateLimitedSignin(wait);

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, deletedAt: true },
  });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
  if (!user || !ok || user.disabledAt || user.deletedAt) {
    await recordHit(emailKey, loginWindows.perEmail);
    await recordHit(addressKey, loginWindows.perAddress);
    return null;
  }
  await clearHits(emailKey);
  await audit(db(), { actorId: user.id, actorLabel: user.email, action: "login", entityType: "User", entityId: user.id });
  return { id: user.id, email: user.email, name: user.name };
}

function providers(): NextAuthConfig["providers"] {
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
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
      const email = typeof profile?.email === "string" ? profile.email.toLowerCase() : null;
      if (!email || !account.providerAccountId) return false;
      const user = await db().user.findFirst({ where: { email, disabledAt: null, deletedAt: null } });
      if (!user) return false;
      if (user.oidcSubject && user.oidcSubject !== account.providerAccountId) return false;
      await db().user.update({ where: { id: user.id }, data: { oidcSubject: account.providerAccountId } });
      return true;
    },
    async jwt({ token, user, account, profile }) {
      if (account?.provider === "oidc" && typeof profile?.email === "string") {
        const found = await db().user.findUnique({ where: { email: profile.email.toLowerCase() }, select: { id: true } });
        if (found) token.uid = found.id;
      } else if (user?.id) {
        token.uid = user.id;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
}));
