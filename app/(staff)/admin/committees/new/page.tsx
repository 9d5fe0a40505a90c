import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CommitteeForm } from "@/components/admin/committees/committee-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("committeesAdmin.new") };
}

/** A new committee: only an installation admin creates one, and becomes its admin. */
export default async function NewCommitteePage() {
  await requirePermission("installation:manage", "/admin/committees/new");
  const t = await getTranslations("committeesAdmin");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/admin/committees" className="underline">
          ← {t("title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-2">{t("new")}</h1>
      <p className="mb-6">{t("newIntro")}</p>
      <IntlScope namespaces={["committeesAdmin", "payments", "reminders"]}>
        <CommitteeForm />
      </IntlScope>
    </div>
  );
}
