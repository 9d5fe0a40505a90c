"use client";
import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField, isTicked } from "@/components/ui/checkbox";

type Props = Omit<ComponentProps<typeof CheckboxField>, "label" | "value"> & {
  /** The box's value as the form holds it: a ticked box stays shown. */
  value?: unknown;
};

/**
 * "Gem alligevel": shown once the ledger's warning came back on the amount field (the server names this field
 * too), or while ticked. Spread `f.field("overCommitConfirmed")` into it with the form's current value.
 */
export function OverCommitField({ value, ...field }: Props) {
  const t = useTranslations("ledger");
  if (!field.error && !isTicked(value)) return null;
  return <CheckboxField label={t("overCommitLabel")} {...field} />;
}
