"use client";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CheckboxField, isTicked } from "@/components/ui/checkbox";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import { saveAttendanceAction } from "@/lib/meetings/actions";
import { attendances, attendanceSchema } from "@/lib/meetings/schema";

type Attendee = {
  id: string;
  name: string;
  title: string;
  attendance: (typeof attendances)[number];
  voting: boolean;
  substituteName: string;
  note: string;
};

/** The whole attendance table as one form: who came, who votes (only those present), substitutes, notes. */
export function AttendanceForm({
  meetingId,
  version,
  attendees,
}: {
  meetingId: string;
  version: number;
  attendees: readonly Attendee[];
}) {
  const t = useTranslations("meetings.attendance");
  const f = useActionForm({
    action: saveAttendanceAction,
    schema: attendanceSchema,
    defaultValues: {
      meetingId,
      version,
      attendees: attendees.map((a) => ({
        attendeeId: a.id,
        attendance: a.attendance,
        voting: a.voting ? "on" : "",
        substituteName: a.substituteName,
        note: a.note,
      })),
    },
  });
  const rows = useFieldArray({ control: f.form.control, name: "attendees" });
  const nameOf = (i: number) => attendees[i]?.name ?? "";
  return (
    <ActionForm handle={f} summary="meetings.attendanceErrorSummary" aria-label={t("heading")}>
      {f.ok ? <Notice>{t("saved")}</Notice> : null}
      {f.code === "conflict" ? <p className="text-danger font-semibold mb-4">{f.message}</p> : null}
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
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
        {rows.fields.map((row, i) => (
          <tr key={row.id}>
            <Td>
              <input type="hidden" {...f.form.register(`attendees.${i}.attendeeId`)} />
              {nameOf(i)}
              {attendees[i]?.title ? <span className="block text-sm text-muted">{attendees[i]!.title}</span> : null}
            </Td>
            <Td>
              <SelectField
                label={t("attendanceFor", { name: nameOf(i) })}
                className="mb-0 [&>label]:sr-only"
                {...f.field(`attendees.${i}.attendance`)}
              >
                {attendances.map((a) => (
                  <option key={a} value={a}>
                    {t(`values.${a}`)}
                  </option>
                ))}
              </SelectField>
            </Td>
            <Td>
              <CheckboxField
                className="mb-0"
                label={<span className="sr-only">{t("votingFor", { name: nameOf(i) })}</span>}
                defaultChecked={isTicked(f.form.getValues(`attendees.${i}.voting`))}
                {...f.field(`attendees.${i}.voting`)}
              />
            </Td>
            <Td>
              <TextInput
                label={t("substituteFor", { name: nameOf(i) })}
                {...f.field(`attendees.${i}.substituteName`)}
              />
            </Td>
            <Td>
              <TextInput label={t("noteFor", { name: nameOf(i) })} {...f.field(`attendees.${i}.note`)} />
            </Td>
          </tr>
        ))}
      </Table>
      <Button type="submit" className="mt-3" disabled={f.pending}>
        {t("save")}
      </Button>
    </ActionForm>
  );
}

/** A table cell's input, its label read by screen readers only (the column heading shows it). */
function TextInput({
  label,
  error,
  ...input
}: React.InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; id: string }) {
  return (
    <>
      <label htmlFor={input.id} className="sr-only">
        {label}
      </label>
      {error ? (
        <p id={`${input.id}-error`} className="text-danger font-semibold">
          {error}
        </p>
      ) : null}
      <input
        type="text"
        className="border border-gray-500 rounded px-2 py-1 w-full min-w-24"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${input.id}-error` : undefined}
        {...input}
      />
    </>
  );
}
