import type { Metadata } from "next";
import { ButtonForm } from "@/components/ui/button-form";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { logout } from "@/lib/auth/actions";
import { getActor } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("logout.title") };
}

/** The logout page: a confirm button that works without JavaScript too. */
export default async function LogoutPage() {
  if (!(await getActor())) redirect("/login");
  const t = await getTranslations();
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold mb-4">{t("logout.title")}</h1>
      <p className="mb-6">{t("logout.confirm")}</p>
      <ButtonForm action={logout}>
        <Button type="submit">{t("logout.submit")}</Button>
      </ButtonForm>
    </div>
  );
}
