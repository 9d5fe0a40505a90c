import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { formatKr } from "@/lib/i18n/format";
import { getPoolsPage } from "@/lib/ledger/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ledger"))("title") };
}

/** The pools of the actor's committees, each funds year with its ledger's figures and a link to its ledger. */
export default async function PoolsPage() {
  const actor = await requirePermission("ledger:read", "/pools");
  const [t, locale, { pools }] = await Promise.all([getTranslations("ledger"), getLocale(), getPoolsPage(actor)]);
  const kr = (ore: number) => formatKr(ore, locale);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      {pools.length === 0 ? <p>{t("noPools")}</p> : null}
      {pools.map((pool) => (
        <section key={pool.id} aria-labelledby={`pool-${pool.id}`} className="mb-8">
          <h2 id={`pool-${pool.id}`} className="text-2xl font-semibold mb-3">
            {t("poolHeading", { pool: pool.name, committee: pool.committee })}
          </h2>
          <Table
            caption={t("yearsOf", { pool: pool.name })}
            captionHidden
            head={
              <tr>
                <Th>{t("year")}</Th>
                <Th numeric>{t("budget")}</Th>
                <Th numeric>{t("committed")}</Th>
                <Th numeric>{t("conditional")}</Th>
                <Th numeric>{t("released")}</Th>
                <Th numeric>{t("paid")}</Th>
                <Th numeric>{t("outstanding")}</Th>
                <Th numeric>{t("available")}</Th>
              </tr>
            }
          >
            {pool.years.map((y) => (
              <tr key={y.id}>
                <Td>
                  <Link href={`/pools/${pool.id}/${y.year}` as Route} className="underline">
                    {y.year}
                  </Link>
                </Td>
                <Td numeric>{kr(y.budgetOre)}</Td>
                <Td numeric>{kr(y.committedOre)}</Td>
                <Td numeric>{kr(y.conditionalOre)}</Td>
                <Td numeric>{kr(y.releasedOre)}</Td>
                <Td numeric>{kr(y.paidOre)}</Td>
                <Td numeric>{kr(y.outstandingOre)}</Td>
                <Td numeric>{kr(y.availableOre)}</Td>
              </tr>
            ))}
          </Table>
        </section>
      ))}
    </div>
  );
}
