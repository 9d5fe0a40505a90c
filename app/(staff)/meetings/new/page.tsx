import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";
import { getNewMeetingPage } from "@/lib/meetings/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("meetings.new") };
}

/** A new meeting: the invited and the standing items come with it. */
export default async function NewMeetingPage() {
  const actor = await requirePermission("meeting:manage", "/meetings/new");
  const [t, { committees }] = await Promise.all([getTranslations("meetings"), getNewMeetingPage(actor)]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-4">{t("new")}</h1>
      <IntlScope namespaces={["meetings"]}>
        <MeetingForm
          committees={committees}
          initial={{
            meetingId: "",
            version: 0,
            committeeId: committees.length === 1 ? committees[0]!.id : "",
            title: "",
            startsAt: "",
            endsAt: "",
            venue: "",
            kind: "PLENARY",
            workingGroupId: "",
          }}
        />
      </IntlScope>
    </div>
  );
}
