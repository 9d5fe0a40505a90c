"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { saveGroupAction } from "@/lib/groups/actions";
import { groupFormSchema } from "@/lib/groups/schema";

/** A working group's name and description: a new group (the form empties after) or a rename. */
export function GroupForm({
  committeeId,
  groupId = "",
  initial = { name: "", description: "" },
}: {
  committeeId: string;
  groupId?: string;
  initial?: { name: string; description: string };
}) {
  const t = useTranslations("groupsAdmin");
  const f = useActionForm({
    action: saveGroupAction,
    schema: groupFormSchema,
    idPrefix: groupId ? `group-${groupId}-` : "new-group-",
    defaultValues: { committeeId, groupId, ...initial },
    onSuccess: (_, form) => {
      if (!groupId) form.reset({ committeeId, groupId, name: "", description: "" });
    },
  });
  return (
    <ActionForm handle={f} summary="groupsAdmin.errorSummary">
      {f.ok ? <Notice>{groupId ? t("renamed") : t("created")}</Notice> : null}
      <input type="hidden" name="committeeId" value={committeeId} />
      <input type="hidden" name="groupId" value={groupId} />
      <Field label={t("name")} {...f.field("name")} />
      <TextAreaField rows={2} label={t("description")} {...f.field("description")} />
      <Button type="submit" variant={groupId ? "secondary" : "primary"} disabled={f.pending}>
        {groupId ? t("rename") : t("create")}
      </Button>
    </ActionForm>
  );
}
