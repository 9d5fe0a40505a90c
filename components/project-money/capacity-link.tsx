import Link from "next/link";
import type { Route } from "next";
import { getTranslations } from "next-intl/server";

/** From the committee's admin page to its secretariat capacity. */
export async function CapacityLink({ committeeId }: { committeeId: string }) {
  const t = await getTranslations("projectMoney");
  return (
    <p className="mb-4">
      <Link href={`/admin/committees/${committeeId}/capacity` as Route} className="underline font-semibold">
        {t("capacityLink")}
      </Link>
    </p>
  );
}
