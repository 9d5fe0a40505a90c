"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { isTicked } from "@/components/ui/checkbox";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { saveAssignmentsAction } from "@/lib/screening/actions";
import { assignmentsSchema } from "@/lib/screening/schema";

type Pair = { applicationId: string; userId: string };

/**
 * Applications × members, a checkbox per pair ("pairs.<application>.<member>").
 * Ruled-out pairs cannot be chosen. Works without JavaScript too.
 */
export function AssignmentGrid({
  callId,
  applications,
  members,
  assigned,
  ruledOut,
}: {
  callId: string;
  applications: { id: string; reference: string | null; title: string }[];
  members: { id: string; name: string }[];
  assigned: Pair[];
  ruledOut: Pair[];
}) {
  const t = useTranslations("screening");
  const has = (list: Pair[], a: string, u: string) => list.some((p) => p.applicationId === a && p.userId === u);
  const f = useActionForm({
    action: saveAssignmentsAction,
    schema: assignmentsSchema,
    defaultValues: {
      callId,
      pairs: Object.fromEntries(
        applications.map((a) => [a.id, Object.fromEntries(members.map((m) => [m.id, has(assigned, a.id, m.id)]))]),
      ),
    },
  });
  return (
    <ActionForm handle={f} summary="screening.assignmentsErrorSummary">
      {f.ok ? <Notice>{t("assignmentsSaved")}</Notice> : null}
      <input type="hidden" name="callId" value={callId} />
      <div className="overflow-x-auto mb-4">
        <table className="border-collapse">
          <caption className="text-left font-semibold mb-2">{t("assignments")}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left p-2 border-b-2 border-gray-500">
                {t("titleColumn")}
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
                      <span className="text-sm text-muted">{t("ruledOut")}</span>
                    ) : (
                      <input
                        type="checkbox"
                        value="on"
                        defaultChecked={isTicked(f.form.getValues(`pairs.${a.id}.${m.id}`))}
                        aria-label={t("assign", { member: m.name, application: a.reference ?? a.title })}
                        className="size-5"
                        {...f.form.register(`pairs.${a.id}.${m.id}`)}
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
        {t("assignmentsSave")}
      </Button>
    </ActionForm>
  );
}
