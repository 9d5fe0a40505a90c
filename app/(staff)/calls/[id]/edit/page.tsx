import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CallForm } from "@/components/calls/call-form";
import { CallStatusForm } from "@/components/calls/call-status-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";
import { getCallEditPage } from "@/lib/calls/queries";
import { callPageTitle } from "../_lib/title";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return callPageTitle((await params).id, "callForm.edit");
}

export default async function EditCallPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("call:manage", `/calls/${id}/edit`);
  const [t, call] = await Promise.all([getTranslations(), getCallEditPage(actor, id)]);
  if (!call) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/calls/${id}`} className="underline">
          ← {call.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-2">{t("callForm.edit")}</h1>
      <h2 className="text-xl font-semibold mb-2" data-testid="call-status">
        {t("callForm.statusTitle", { status: t(`call.statuses.${call.status}`) })}
      </h2>
      <IntlScope namespaces={["callForm", "reminders"]}>
        {call.next.length ? <CallStatusForm callId={call.id} version={call.version} next={call.next} /> : null}
        <CallForm committees={call.committees} callId={call.id} version={call.version} initial={call.values} />
      </IntlScope>
    </div>
  );
}
