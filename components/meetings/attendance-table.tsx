import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";

type Attendee = {
  id: string;
  name: string;
  title: string;
  attendance: "INVITED" | "PRESENT" | "ABSENT_WITH_NOTICE" | "ABSENT";
  voting: boolean;
  substituteName: string;
  note: string;
};

/** The attendance as members and observers read it. */
export async function AttendanceTable({ attendees }: { attendees: readonly Attendee[] }) {
  const t = await getTranslations("meetings.attendance");
  return (
    <Table
      caption={t("caption")}
      captionHidden
      head={
        <tr>
          <Th>{t("name")}</Th>
          <Th>{t("attendance")}</Th>
          <Th>{t("voting")}</Th>
          <Th>{t("substitute")}</Th>
          <Th>{t("note")}</Th>
        </tr>
      }
    >
      {attendees.map((a) => (
        <tr key={a.id}>
          <Td>
            {a.name}
            {a.title ? <span className="block text-sm text-muted">{a.title}</span> : null}
          </Td>
          <Td>{t(`values.${a.attendance}`)}</Td>
          <Td>{a.voting ? t("yes") : t("no")}</Td>
          <Td>{a.substituteName}</Td>
          <Td>{a.note}</Td>
        </tr>
      ))}
    </Table>
  );
}
