"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select";
import { addMembershipAction, changeRoleAction } from "@/lib/users/actions";
import { addMembershipSchema, changeRoleSchema, staffRoles, type StaffRole } from "@/lib/users/schema";

type Labels = Record<string, string>;

/** A new role for the person in one of the actor's committees. */
export function AddRoleForm({
  userId,
  committees,
  roleLabels,
}: {
  userId: string;
  committees: { id: string; name: string }[];
  roleLabels: Labels;
}) {
  const t = useTranslations("people");
  const f = useActionForm({
    action: addMembershipAction,
    schema: addMembershipSchema,
    defaultValues: { userId, committeeId: committees[0]?.id ?? "", role: "MEMBER", title: "" },
    idPrefix: "add-",
  });
  return (
    <ActionForm handle={f} summary="people.errorSummary" aria-labelledby="add-role-title">
      <input type="hidden" {...f.form.register("userId")} value={userId} />
      <SelectField
        label={t("committee")}
        options={committees.map((c) => ({ value: c.id, label: c.name }))}
        {...f.field("committeeId")}
      />
      <SelectField
        label={t("role")}
        options={staffRoles.map((r) => ({ value: r, label: roleLabels[r] ?? r }))}
        {...f.field("role")}
      />
      <Field label={t("titleLabel")} hint={t("titleHint")} {...f.field("title")} />
      <Button type="submit" disabled={f.pending}>
        {t("add")}
      </Button>
    </ActionForm>
  );
}

/** Another role in the same committee for one membership. */
export function ChangeRoleForm({
  membershipId,
  role,
  committee,
  roleLabels,
}: {
  membershipId: string;
  role: StaffRole;
  committee: string;
  roleLabels: Labels;
}) {
  const t = useTranslations("people");
  const f = useActionForm({
    action: changeRoleAction,
    schema: changeRoleSchema,
    defaultValues: { membershipId, role },
    idPrefix: `m-${membershipId}-`,
  });
  return (
    <ActionForm handle={f} summary="people.errorSummary" className="flex flex-wrap items-end gap-2">
      <input type="hidden" {...f.form.register("membershipId")} value={membershipId} />
      <SelectField
        className="mb-0"
        label={t("changeRoleFor", { committee })}
        options={staffRoles.map((r) => ({ value: r, label: roleLabels[r] ?? r }))}
        {...f.field("role")}
      />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("save")}
      </Button>
    </ActionForm>
  );
}
