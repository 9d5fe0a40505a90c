import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmTotpForm, TotpCodeForm } from "@/components/account/totp-forms";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { beginTotpAction } from "@/lib/account/actions";
import { getSecurityPage } from "@/lib/account/totp";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("totp.title") };
}

/** Any signed-in person's second factor; the one page open to staff the installation requires to enrol. */
export default async function SecurityPage() {
  const actor = await requireActor("/account/security");
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale(), getSecurityPage(actor)]);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold mb-4">{t("totp.title")}</h1>
      {actor.needsSecondFactor ? (
        <p role="status" className="mb-4 border-l-4 border-danger bg-red-50 p-3">
          {t("totp.requiredNotice")}
        </p>
      ) : null}
      <p className="mb-6">{t("totp.intro")}</p>
      <IntlScope namespaces={["totp"]}>
        {page.state === "off" ? (
          <ButtonForm action={beginTotpAction}>
            <p className="mb-4">{t("totp.off")}</p>
            <Button type="submit">{t("totp.start")}</Button>
          </ButtonForm>
        ) : page.state === "pending" ? (
          <section aria-labelledby="enrol-title">
            <h2 id="enrol-title" className="text-2xl font-bold mb-2">
              {t("totp.start")}
            </h2>
            <p className="mb-4">{t("totp.scan")}</p>
            <div
              role="img"
              aria-label={t("totp.qrAlt")}
              className="w-56 max-w-full mb-4 border"
              // The SVG is made on the server by the qrcode package from the otpauth URI; it holds no user input.
              dangerouslySetInnerHTML={{ __html: page.qrSvg }}
            />
            <dl className="mb-6">
              <dt className="mb-1 font-semibold">{t("totp.secret")}</dt>
              <dd className="font-mono break-all" data-testid="totp-secret">
                {page.secret}
              </dd>
            </dl>
            <ConfirmTotpForm />
          </section>
        ) : (
          <>
            <p role="status" className="mb-2">
              {t("totp.enabled", { date: formatDate(page.since, locale as Locale) })}
            </p>
            <p className="mb-8">{t("totp.recoveryLeft", { count: page.recoveryLeft })}</p>
            <section aria-labelledby="regenerate-title" className="mb-8">
              <h2 id="regenerate-title" className="text-xl font-bold mb-2">
                {t("totp.regenerateTitle")}
              </h2>
              <p className="mb-3">{t("totp.regenerateHint")}</p>
              <TotpCodeForm kind="regenerate" />
            </section>
            <section aria-labelledby="disable-title">
              <h2 id="disable-title" className="text-xl font-bold mb-2">
                {t("totp.disableTitle")}
              </h2>
              {page.required ? <p>{t("totp.required")}</p> : <TotpCodeForm kind="disable" />}
            </section>
          </>
        )}
      </IntlScope>
    </div>
  );
}
