import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CallForm, CallStatusForm } from "@/components/calls/call-form";
import { requirePermission } from "@/lib/auth/session";
import { nextStatuses } from "@/lib/calls/model";
import { getCallForEdit, getCallFormOptions } from "@/lib/calls/queries";
import { getLocale, getTranslations } from "next-intl/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("callForm.edit") };
}

export default async function EditCallPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("call:manage", `/calls/${id}/edit`);
  const [t, locale, call, committees] = await Promise.all([
    getTranslations(),
    getLocale(),
    getCallForEdit(actor, id),
    getCallFormOptions(actor),
  ]);
  if (!call) notFound();
  const next = nextStatuses(call.status).filter((s) => s !== "DRAFT");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/calls/${id}`} className="underline">
          ← {call.values.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-2">{t("callForm.edit")}</h1>
      <h2 className="text-xl font-semibold mb-2" data-testid="call-status">
        {t("callForm.statusTitle", { status: t(`call.statuses.${call.status}`) })}
      </h2>
      {next.length ? <CallStatusForm locale={locale} callId={call.id} version={call.version} next={next} /> : null}
      <CallForm
        locale={locale}
        committees={committees.filter((c) => c.id === call.values.committeeId)}
        callId={call.id}
        version={call.version}
        initial={call.values}
      />
    </div>
  );
}
