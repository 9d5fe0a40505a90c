import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";

type Declaration = {
  ground: "PERSONAL_INTEREST" | "FAMILY" | "LEADING_ROLE" | "OTHER_PARTY_INTEREST" | "OTHER_DOUBT";
  excluded: boolean | null;
};

/** One's own declaration of a conflict of interest and where its ruling stands: for a member and an official alike. */
export function ConflictStatus({ locale, declaration }: { locale: Locale; declaration: Declaration }) {
  const t = translatorFor(locale);
  const status =
    declaration.excluded === null
      ? t("conflict.pending")
      : declaration.excluded
        ? t("conflict.ruledExcluded")
        : t("conflict.ruledNotExcluded");
  return (
    <p role="status">
      {t("conflict.yourDeclaration", { ground: t(`conflict.grounds.${declaration.ground}`), status })}
    </p>
  );
}
