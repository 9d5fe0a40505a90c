import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatHours } from "@/lib/i18n/format";
import { deleteHoursAction } from "@/lib/project-money/actions";
import type { ProjectMoney } from "@/lib/project-money/queries";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { Table, Td, Th } from "@/components/ui/table";
import { HoursForm } from "./hours-form";

/** The secretariat's hours on the project: the estimate against what is spent, per person and per entry. */
export async function ProjectHoursPart({ money, me }: { money: ProjectMoney; me: string }) {
  const [t, locale] = await Promise.all([getTranslations("projectMoney"), getLocale()]);
  const h = money.hours;
  const hours = (minutes: number) => formatHours(minutes, locale);
  return (
    <>
      <h3 className="text-xl font-semibold mt-8 mb-2">{t("hoursTitle")}</h3>
      <p className="mb-4" data-testid="hours-summary">
        {h.estimateMinutes === null
          ? t("hoursNoEstimate", { spent: hours(h.spentMinutes) })
          : t("hoursAgainstEstimate", { spent: hours(h.spentMinutes), estimate: hours(h.estimateMinutes) })}
        {h.over ? <strong className="text-danger"> {t("overEstimate")}</strong> : null}
      </p>
      {h.perPerson.length > 0 ? (
        <Table
          caption={t("perPersonCaption")}
          head={
            <tr>
              <Th>{t("personLabel")}</Th>
              <Th numeric>{t("hoursColumn")}</Th>
            </tr>
          }
        >
          {h.perPerson.map((p) => (
            <tr key={p.userId}>
              <Td>{p.person}</Td>
              <Td numeric>{hours(p.minutes)}</Td>
            </tr>
          ))}
        </Table>
      ) : null}
      {h.entries.length > 0 ? (
        <Table
          caption={t("entriesCaption")}
          head={
            <tr>
              <Th>{t("dateLabel")}</Th>
              <Th>{t("personLabel")}</Th>
              <Th numeric>{t("hoursColumn")}</Th>
              <Th>{t("noteLabel")}</Th>
              {money.canEdit ? <Th>{t("actions")}</Th> : null}
            </tr>
          }
        >
          {h.entries.map((e) => (
            <tr key={e.id} data-testid="hours-row">
              <Td>{formatDate(e.workedOn, locale)}</Td>
              <Td>{e.person}</Td>
              <Td numeric>{hours(e.minutes)}</Td>
              <Td>{e.note}</Td>
              {money.canEdit ? (
                <Td>
                  <ButtonForm action={deleteHoursAction} fields={{ hoursId: e.id }}>
                    <Button type="submit" variant="link">
                      {t("delete")}
                      <span className="sr-only">
                        : {e.person}, {formatDate(e.workedOn, locale)}
                      </span>
                    </Button>
                  </ButtonForm>
                </Td>
              ) : null}
            </tr>
          ))}
        </Table>
      ) : null}
      {money.canEdit ? (
        <>
          <h4 id="add-hours-heading" className="text-lg font-semibold mt-6 mb-2">
            {t("addHours")}
          </h4>
          <IntlScope namespaces={["projectMoney"]}>
            <HoursForm projectId={money.projectId} people={money.people} me={me} />
          </IntlScope>
        </>
      ) : null}
    </>
  );
}
