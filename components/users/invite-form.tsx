"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { inviteUserAction } from "@/lib/users/actions";
import { inviteSchema, staffRoles } from "@/lib/users/schema";

type Committee = { id: string; name: string };

/** Invites a person to a committee where the actor manages users; the form empties after each invitation. */
export function InviteForm({
  committees,
  roleLabels,
}: {
  committees: Committee[];
  roleLabels: Record<string, string>;
}) {
  const t = useTranslations("people");
  const first = committees.length === 1 ? committees[0]!.id : "";
  const defaults = { email: "", name: "", committeeId: first, role: "MEMBER" as const, title: "" };
  const f = useActionForm({
    action: inviteUserAction,
    schema: inviteSchema,
    defaultValues: defaults,
    onSuccess: (_data, form) => form.reset(defaults),
  });
  const done = f.ok ? f.state?.ok && f.state.data : null;
  const sentTo = typeof f.state?.values?.email === "string" ? f.state.values.email : "";
  return (
    <ActionForm handle={f} summary="people.errorSummary" aria-labelledby="invite-title">
      {done ? (
        <Notice>{done.invited ? t("invited", { email: sentTo }) : t("roleAdded", { email: sentTo })}</Notice>
      ) : null}
      <Field type="email" autoComplete="off" label={t("email")} {...f.field("email")} />
      <Field autoComplete="off" label={t("name")} {...f.field("name")} />
      <SelectField
        label={t("committee")}
        options={[{ value: "", label: "" }, ...committees.map((c) => ({ value: c.id, label: c.name }))]}
        {...f.field("committeeId")}
      />
      <SelectField
        label={t("role")}
        options={staffRoles.map((r) => ({ value: r, label: roleLabels[r] ?? r }))}
        {...f.field("role")}
      />
      <Field label={t("titleLabel")} hint={t("titleHint")} {...f.field("title")} />
      <Button type="submit" disabled={f.pending}>
        {t("invite")}
      </Button>
    </ActionForm>
  );
}
