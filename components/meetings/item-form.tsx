"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { updateItemAction } from "@/lib/meetings/actions";
import { itemKinds, itemUpdateSchema } from "@/lib/meetings/schema";

type Item = {
  id: string;
  version: number;
  title: string;
  kind: (typeof itemKinds)[number];
  body: string;
  recommendation: string;
};

/** An item's title, kind, case and recommendation; a second tab's stale version gets the conflict message. */
export function ItemForm({ item }: { item: Item }) {
  const t = useTranslations("meetings");
  const f = useActionForm({
    action: updateItemAction,
    schema: itemUpdateSchema,
    idPrefix: `item-${item.id}-`,
    defaultValues: {
      itemId: item.id,
      version: item.version,
      title: item.title,
      kind: item.kind,
      body: item.body,
      recommendation: item.recommendation,
    },
  });
  return (
    <ActionForm handle={f} summary="meetings.itemErrorSummary" aria-label={t("agenda.editFor", { title: item.title })}>
      {f.ok ? <Notice>{t("agenda.saved")}</Notice> : null}
      {f.code === "conflict" ? <p className="text-danger font-semibold mb-4">{t("itemConflict")}</p> : null}
      <input type="hidden" name="itemId" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      <ItemFields f={f} />
      <Button type="submit" disabled={f.pending}>
        {t("agenda.save")}
      </Button>
    </ActionForm>
  );
}

type Handle = {
  field: (name: "title" | "kind" | "body" | "recommendation") => ReturnType<ReturnType<typeof useActionForm>["field"]>;
};

/** Title, kind, case and recommendation: the same fields for a new free item and an item edited. */
export function ItemFields({ f }: { f: Handle }) {
  const t = useTranslations("meetings");
  return (
    <>
      <Field label={t("add.title")} {...f.field("title")} />
      <SelectField label={t("add.kind")} {...f.field("kind")}>
        {itemKinds.map((k) => (
          <option key={k} value={k}>
            {t(`agenda.itemKinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField rows={6} label={t("add.body")} {...f.field("body")} />
      <TextAreaField rows={3} label={t("add.recommendation")} {...f.field("recommendation")} />
    </>
  );
}
