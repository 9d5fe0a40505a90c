import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApplicationForm } from "@/components/applications/application-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { getPublicCall } from "@/lib/applications/queries";
import { formatDateTime, formatKr } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

type Props = { params: Promise<{ slug: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const call = await getPublicCall(null, (await params).slug);
  return { title: call?.title ?? (await getTranslations())("errors.notFoundTitle") };
}

/** A call's public page with the application form: no account needed. */
export default async function PublicCallPage({ params }: Props) {
  const { slug } = await params;
  const [t, locale, call] = await Promise.all([getTranslations(), getLocale(), getPublicCall(null, slug)]);
  if (!call) notFound();
  return (
    <div className="max-w-3xl">
      <p className="text-muted mb-1">{call.committee.name}</p>
      <h1 className="text-3xl font-bold mb-4">{call.title}</h1>
      {call.description ? <p className="mb-4">{call.description}</p> : null}
      {call.criteriaText ? <p className="mb-4">{call.criteriaText}</p> : null}
      <dl className="grid grid-cols-[12rem_1fr] gap-y-1 mb-8">
        <dt className="font-semibold">{t("dashboard.available")}</dt>
        <dd>{formatKr(call.amountOre, locale)}</dd>
        {call.maxGrantOre !== null ? (
          <>
            <dt className="font-semibold">{t("apply.maxGrant")}</dt>
            <dd>{formatKr(call.maxGrantOre, locale)}</dd>
          </>
        ) : null}
        {call.deadline ? (
          <>
            <dt className="font-semibold">{t("dashboard.deadline")}</dt>
            <dd>{formatDateTime(call.deadline, locale)}</dd>
          </>
        ) : null}
      </dl>
      {call.open ? (
        <>
          <h2 className="text-2xl font-bold mb-4">{t("apply.heading")}</h2>
          <IntlScope namespaces={["apply"]}>
            <ApplicationForm callId={call.id} submitKey={randomUUID()} />
          </IntlScope>
        </>
      ) : (
        <p className="border-l-4 border-danger bg-red-50 p-4">{t("apply.closed")}</p>
      )}
    </div>
  );
}
