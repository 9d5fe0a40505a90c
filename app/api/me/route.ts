import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { staffMenu, type HeaderAccount } from "@/components/layout/menu";

/**
 * Who is signed in, for the public header's island (components/layout/account-island.tsx): the name and the
 * links the person may follow, translated. Anyone may ask; without a live session the answer is null.
 */
export async function GET() {
  const [actor, t] = await Promise.all([getActor(), getTranslations()]);
  const first = actor ? staffMenu(actor)[0] : undefined;
  const account: HeaderAccount | null = actor && {
    signedInAs: t("nav.signedInAs", { name: actor.name }),
    links: [
      ...(first ? [{ href: first.href, label: t(first.label) }] : []),
      { href: "/account/security", label: actor.needsSecondFactor ? t("totp.headerNeeded") : t("totp.headerLink") },
      { href: "/logout", label: t("nav.logout") },
    ],
  };
  return Response.json({ account }, { headers: { "Cache-Control": "private, no-store" } });
}
