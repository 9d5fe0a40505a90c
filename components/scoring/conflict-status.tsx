import { getTranslations } from "next-intl/server";
import type { ConflictGround } from "@/lib/scoring/schema";

type Declaration = { ground: ConflictGround; excluded: boolean | null };

/** One's own declaration of a conflict of interest and where its ruling stands: for a member and an official alike. */
export async function ConflictStatus({ declaration }: { declaration: Declaration }) {
  const t = await getTranslations("conflict");
  const status =
    declaration.excluded === null ? t("pending") : declaration.excluded ? t("ruledExcluded") : t("ruledNotExcluded");
  return <p role="status">{t("yourDeclaration", { ground: t(`grounds.${declaration.ground}`), status })}</p>;
}
