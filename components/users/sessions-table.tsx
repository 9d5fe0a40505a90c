import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { PersonButton } from "./person-button";

type Session = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  live: boolean;
  address: string | null;
  userAgent: string | null;
};

/** A person's sign-ins, newest first; a live one can be ended. */
export async function SessionsTable({ userId, sessions }: { userId: string; sessions: Session[] }) {
  const [t, locale] = await Promise.all([getTranslations("people"), getLocale()]);
  if (sessions.length === 0) return <p>{t("noSessions")}</p>;
  const at = (d: Date) => formatDateTime(d, locale as Locale);
  return (
    <Table
      caption={t("sessions")}
      captionHidden
      head={
        <tr>
          <Th>{t("started")}</Th>
          <Th>{t("lastSeen")}</Th>
          <Th>{t("address")}</Th>
          <Th>{t("browser")}</Th>
          <Th>{t("ended")}</Th>
        </tr>
      }
    >
      {sessions.map((s) => {
        return (
          <tr key={s.id}>
            <Td>{at(s.createdAt)}</Td>
            <Td>{at(s.lastSeenAt)}</Td>
            <Td>{s.address ?? ""}</Td>
            <Td>
              <span className="break-all">{s.userAgent ?? ""}</span>
            </Td>
            <Td>
              {s.live ? (
                <PersonButton
                  kind="endSession"
                  fields={{ userId, sessionId: s.id }}
                  label={t("endSession")}
                  ariaLabel={t("endSessionFrom", { started: at(s.createdAt) })}
                />
              ) : s.endedAt ? (
                at(s.endedAt)
              ) : (
                t("ended")
              )}
            </Td>
          </tr>
        );
      })}
    </Table>
  );
}
