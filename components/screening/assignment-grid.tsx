"use client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveAssignmentsAction } from "@/lib/screening/actions";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

type Pair = { applicationId: string; userId: string };

/** Applications × members; a checkbox per pair. Ruled-out pairs cannot be chosen. Works without JavaScript too. */
export function AssignmentGrid({
  locale: _locale,
  callId,
  applications,
  members,
  assigned,
  ruledOut,
}: {
  locale: Locale;
  callId: string;
  applications: { id: string; reference: string | null; title: string }[];
  members: { id: string; name: string }[];
  assigned: Pair[];
  ruledOut: Pair[];
}) {
  const t = useTranslations();
  const f = useFormAction(saveAssignmentsAction);
  const has = (list: Pair[], a: string, u: string) => list.some((p) => p.applicationId === a && p.userId === u);
  return (
    <form action={f.formAction}>
      {f.ok ? <Notice>{t("screening.assignmentsSaved")}</Notice> : null}
      {f.message ? (
        <p role="alert" className="text-danger font-semibold mb-2">
          {f.message}
        </p>
      ) : null}
      <input type="hidden" name="callId" value={callId} />
      <div className="overflow-x-auto mb-4">
        <table className="border-collapse">
          <caption className="text-left font-semibold mb-2">{t("screening.assignments")}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left p-2 border-b-2 border-gray-500">
                {t("dashboard.titleColumn")}
              </th>
              {members.map((m) => (
                <th key={m.id} scope="col" className="p-2 border-b-2 border-gray-500 text-sm">
                  {m.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {applications.map((a) => (
              <tr key={a.id} className="border-b border-gray-200">
                <th scope="row" className="text-left p-2 font-normal">
                  {a.reference} {a.title}
                </th>
                {members.map((m) => (
                  <td key={m.id} className="p-2 text-center">
                    {has(ruledOut, a.id, m.id) ? (
                      <span className="text-sm text-muted">{t("screening.ruledOut")}</span>
                    ) : (
                      <input
                        type="checkbox"
                        name="pair"
                        value={`${a.id}:${m.id}`}
                        defaultChecked={has(assigned, a.id, m.id)}
                        aria-label={t("screening.assign", { member: m.name, application: a.reference ?? a.title })}
                        className="size-5"
                      />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button type="submit" disabled={f.pending}>
        {t("screening.assignmentsSave")}
      </Button>
    </form>
  );
}
