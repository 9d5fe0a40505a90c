import Link from "next/link";
import { getActor } from "@/lib/auth/session";
import { logout } from "@/lib/auth/actions";
import { installationName } from "@/lib/installation/site";
import { setLocale } from "@/lib/i18n/actions";
import { ButtonForm } from "@/components/ui/button-form";
import { getLocale, getTranslations } from "next-intl/server";
import { publicNav, staffMenu } from "./menu";
import { AccountIsland } from "./account-island";

/**
 * The header. `perVisitor` (staff pages, login): rendered with the session, the person's menu and name.
 * Otherwise (the public site) it is the same for every visitor, so a CDN may serve the page to all: the
 * public menu, and the login state as a small client island that asks /api/me after the page has loaded.
 */
export async function SiteHeader({ perVisitor }: { perVisitor: boolean }) {
  const [actor, t, locale, name] = await Promise.all([
    perVisitor ? getActor() : null,
    getTranslations(),
    getLocale(),
    installationName(),
  ]);
  const other = locale === "da" ? "en" : "da";
  const linkClass = "text-white underline-offset-4 hover:underline";
  return (
    <header className="bg-brand-800 text-white no-print">
      <div className="mx-auto max-w-6xl px-4 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <Link href="/" className="text-xl font-bold text-white no-underline">
          {name}
        </Link>
        <nav aria-label={t("nav.main")} className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/" className={linkClass}>
                {t("nav.home")}
              </Link>
            </li>
            {actor
              ? staffMenu(actor).map((i) => (
                  <li key={i.href}>
                    <Link href={i.href} className={linkClass}>
                      {t(i.label)}
                    </Link>
                  </li>
                ))
              : publicNav.map((i) => (
                  <li key={i.href}>
                    <Link href={i.href} className={linkClass}>
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
        {!perVisitor ? (
          <AccountIsland loginLabel={t("nav.login")} />
        ) : actor ? (
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
