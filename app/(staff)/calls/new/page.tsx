import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CallForm } from "@/components/calls/call-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";
import { getCallFormOptions } from "@/lib/calls/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("callForm.new") };
}

export default async function NewCallPage() {
  const actor = await requirePermission("call:manage", "/calls/new");
  const [t, committees] = await Promise.all([getTranslations(), getCallFormOptions(actor)]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-2">{t("callForm.new")}</h1>
      <p className="mb-6">{t("callForm.intro")}</p>
      <IntlScope namespaces={["callForm", "reminders"]}>
        <CallForm committees={committees} />
      </IntlScope>
    </div>
  );
}
