import { describe, expect, it } from "vitest";
import { linkOidcAccount } from "@/lib/auth/oidc";
import { db } from "@/lib/db";
import { createUser } from "../factories";

describe("single sign-on links an account only on proof", () => {
  it("a verified e-mail links the staff account and pins the subject", async () => {
    const { user } = await createUser();
    expect(await linkOidcAccount({ subject: "sub-1", email: user.email.toUpperCase(), emailVerified: true })).toBe(
      user.id,
    );
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBe("sub-1");
  });

  it("an unverified or unstated e-mail links nothing", async () => {
    const { user } = await createUser();
    expect(await linkOidcAccount({ subject: "sub-2", email: user.email, emailVerified: false })).toBeNull();
    expect(await linkOidcAccount({ subject: "sub-2", email: user.email, emailVerified: "true" })).toBeNull();
    expect(await linkOidcAccount({ subject: "sub-2", email: user.email, emailVerified: undefined })).toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
  });

  it("a pinned subject gets in without a verified e-mail, even after the e-mail changed at the provider", async () => {
    const { user } = await createUser();
    await db().user.update({ where: { id: user.id }, data: { oidcSubject: "sub-3" } });
    expect(await linkOidcAccount({ subject: "sub-3", email: "ny@example.dk", emailVerified: false })).toBe(user.id);
  });

  it("another subject cannot take over an account whose subject is pinned, even with a verified e-mail", async () => {
    const { user } = await createUser();
    await db().user.update({ where: { id: user.id }, data: { oidcSubject: "sub-4" } });
    expect(await linkOidcAccount({ subject: "sub-evil", email: user.email, emailVerified: true })).toBeNull();
  });

  it("a disabled account is not linked", async () => {
    const { user } = await createUser();
    await db().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await linkOidcAccount({ subject: "sub-5", email: user.email, emailVerified: true })).toBeNull();
  });
});
