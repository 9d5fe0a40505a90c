import Link from "next/link";
import type { Route } from "next";
import { getActor } from "@/lib/auth/session";
import { can, type Actor } from "@/lib/auth/permissions";
import { logout } from "@/lib/auth/actions";
import { installationName } from "@/lib/installation/site";
import { setLocale } from "@/lib/i18n/actions";
import { ButtonForm } from "@/components/ui/button-form";
import { getLocale, getTranslations } from "next-intl/server";
import type { MessageKey } from "@/lib/i18n/messages";
import { mayAdministerCommittees } from "@/lib/committees/model";

type NavItem = { href: Route; label: MessageKey; show: (a: Actor) => boolean };

// The menu per role: each item shows only to those who may open it.
const staffNav: NavItem[] = [
  { href: "/dashboard", label: "nav.dashboard", show: (a) => can(a, "dashboard:view") },
  { href: "/projects", label: "nav.projects", show: (a) => can(a, "project:read") },
  { href: "/calls", label: "nav.calls", show: (a) => can(a, "call:read") },
  { href: "/meetings", label: "nav.meetings", show: (a) => can(a, "meeting:read") },
  { href: "/pools", label: "nav.money", show: (a) => can(a, "ledger:read") },
  { href: "/admin/outbox", label: "nav.outbox", show: (a) => can(a, "outbox:read") },
  { href: "/admin/jobs", label: "nav.jobs", show: (a) => can(a, "jobs:read") },
  { href: "/admin/committees", label: "nav.committees", show: mayAdministerCommittees },
  { href: "/admin/users", label: "nav.users", show: (a) => can(a, "user:manage") },
  { href: "/admin/audit", label: "nav.audit", show: (a) => can(a, "audit:read") },
  { href: "/admin/installation", label: "nav.installation", show: (a) => can(a, "installation:manage") },
  { href: "/admin/privacy", label: "nav.personalData", show: (a) => can(a, "installation:manage") },
];

// What a visitor without an account finds: the public site.
const publicNav: { href: Route; label: MessageKey }[] = [
  { href: "/initiativer", label: "nav.initiatives" },
  { href: "/portraetter", label: "nav.portraits" },
  { href: "/opslag", label: "nav.openCalls" },
];

export async function SiteHeader() {
  const [actor, t, locale, name] = await Promise.all([getActor(), getTranslations(), getLocale(), installationName()]);
  const other = locale === "da" ? "en" : "da";
  return (
    <header className="bg-brand-800 text-white no-print">
      <div className="mx-auto max-w-6xl px-4 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <Link href="/" className="text-xl font-bold text-white no-underline">
          {name}
        </Link>
        <nav aria-label={t("nav.main")} className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/" className="text-white underline-offset-4 hover:underline">
                {t("nav.home")}
              </Link>
            </li>
            {actor
              ? staffNav
                  .filter((i) => i.show(actor))
                  .map((i) => (
                    <li key={i.href}>
                      <Link href={i.href} className="text-white underline-offset-4 hover:underline">
                        {t(i.label)}
                      </Link>
                    </li>
                  ))
              : publicNav.map((i) => (
                  <li key={i.href}>
                    <Link href={i.href} className="text-white underline-offset-4 hover:underline">
                      {t(i.label)}
                    </Link>
                  </li>
                ))}
          </ul>
        </nav>
        <ButtonForm action={setLocale} fields={{ locale: other }}>
          <button type="submit" lang={other} aria-label={t("nav.switchToLabel")} className="underline text-white">
            {t("nav.switchTo")}
          </button>
        </ButtonForm>
        {actor ? (
          <div className="flex items-center gap-3">
            <span className="text-sm">{t("nav.signedInAs", { name: actor.name })}</span>
            <Link href="/account/security" className="text-white underline">
              {actor.needsSecondFactor ? t("totp.headerNeeded") : t("totp.headerLink")}
            </Link>
            <ButtonForm action={logout}>
              <button type="submit" className="underline text-white">
                {t("nav.logout")}
              </button>
            </ButtonForm>
          </div>
        ) : (
          <Link href="/login" className="text-white underline">
            {t("nav.login")}
          </Link>
        )}
      </div>
    </header>
  );
}
