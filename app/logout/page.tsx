import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { logout } from "@/lib/auth/actions";
import { getActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("logout.title") };
}

/** The logout page: a confirm button that works without JavaScript too. */
export default async function LogoutPage() {
  if (!(await getActor())) redirect("/login");
  const t = await getT();
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold mb-4">{t("logout.title")}</h1>
      <p className="mb-6">{t("logout.confirm")}</p>
      <form action={logout}>
        <Button type="submit">{t("logout.submit")}</Button>
      </form>
    </div>
  );
}
