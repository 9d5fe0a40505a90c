import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/users/accept-invitation-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { getInvitation } from "@/lib/users/invitations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("people.invitationTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ token: string }> };

/** The mailed invitation link. Opening it changes nothing; the form sets the name and password. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const [t, invitation] = await Promise.all([getTranslations(), getInvitation(token)]);
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold mb-4">{t("people.invitationTitle")}</h1>
      {invitation.state === "live" ? (
        <>
          <p className="mb-6">{t("people.invitationIntro", { committees: invitation.committees.join(", ") })}</p>
          <IntlScope namespaces={["people"]}>
            <AcceptInvitationForm token={token} name={invitation.name} email={invitation.email} />
          </IntlScope>
        </>
      ) : (
        <div role="alert" className="mb-4 border-l-4 border-danger bg-red-50 p-3">
          <p className="mb-2">
            {invitation.state === "used" ? t("people.invitationUsed") : t("people.invitationExpired")}
          </p>
          <Link href="/login" className="underline">
            {t("login.title")}
          </Link>
        </div>
      )}
    </div>
  );
}
