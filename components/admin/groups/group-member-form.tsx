"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select";
import { addGroupMemberAction } from "@/lib/groups/actions";
import { groupMemberSchema } from "@/lib/groups/schema";

/** Adds one of the committee's current people to the group, as coordinator or not. */
export function GroupMemberForm({
  groupId,
  groupName,
  people,
}: {
  groupId: string;
  groupName: string;
  people: { id: string; name: string }[];
}) {
  const t = useTranslations("groupsAdmin");
  const f = useActionForm({
    action: addGroupMemberAction,
    schema: groupMemberSchema,
    idPrefix: `member-${groupId}-`,
    defaultValues: { groupId, userId: "", isCoordinator: "" },
    onSuccess: (_, form) => form.reset({ groupId, userId: "", isCoordinator: "" }),
  });
  return (
    <ActionForm handle={f} summary="groupsAdmin.errorSummary" aria-label={t("addMemberTo", { name: groupName })}>
      <input type="hidden" name="groupId" value={groupId} />
      <SelectField label={t("person")} {...f.field("userId")}>
        <option value="">{t("choosePerson")}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <CheckboxField label={t("coordinatorLabel")} {...f.field("isCoordinator")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("addMember")}
      </Button>
    </ActionForm>
  );
}
