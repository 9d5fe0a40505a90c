import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { Step } from "@/lib/grants/steps";

/** The grant's life as a list: each step with its date and who, the ones still ahead marked as not yet. */
export async function GrantSteps({ steps, headingId }: { steps: Step[]; headingId: string }) {
  const [t, locale] = await Promise.all([getTranslations("letters"), getLocale()]);
  return (
    <>
      <h3 id={headingId} className="text-xl font-semibold mb-2">
        {t("stepsTitle")}
      </h3>
      <ol className="mb-4 space-y-1" aria-labelledby={headingId} data-testid="grant-steps">
        {steps.map((s) => (
          <li key={s.key} className={s.done ? "" : "text-muted"} data-step={s.key} data-done={s.done}>
            <span aria-hidden="true">{s.done ? "✓ " : "○ "}</span>
            <strong>{t(`steps.${s.key}`)}</strong>
            {": "}
            {s.at
              ? t("stepBy", { date: formatDate(s.at, locale), name: s.by ?? "" }).replace(/ · $/, "")
              : t("stepPending")}
          </li>
        ))}
      </ol>
    </>
  );
}
