import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { getGrantWork } from "@/lib/grants/queries";

type Case = { id: string; title: string; reference: string | null; callId: string; status: string };

/** The dashboard's money counts ("8 regnskaber mangler"), each opening the list of the cases it counts. */
export async function GrantWork({ actor }: { actor: Actor }) {
  const work = await getGrantWork(actor);
  if (!work) return null;
  const t = await getTranslations("letters");
  const rows: { key: keyof typeof work; cases: Case[] }[] = [
    { key: "lettersToSend", cases: work.lettersToSend },
    { key: "paymentsToApprove", cases: work.paymentsToApprove },
    { key: "accountsToReview", cases: work.accountsToReview },
    { key: "answersAwaited", cases: work.answersAwaited },
    { key: "accountsMissing", cases: work.accountsMissing },
  ];
  return (
    <div className="mb-6" data-testid="grant-work">
      <h3 className="text-xl font-semibold mb-2">{t("dashboard.title")}</h3>
      <ul className="space-y-2">
        {rows.map((r) => (
          <li key={r.key} data-testid={`grant-work-${r.key}`}>
            {r.cases.length === 0 ? (
              <span>{t(`dashboard.${r.key}`, { count: 0 })}</span>
            ) : (
              <details>
                <summary className="cursor-pointer underline">
                  {t(`dashboard.${r.key}`, { count: r.cases.length })}
                </summary>
                <ul className="list-disc pl-6 mt-1">
                  {r.cases.map((c) => (
                    <li key={c.id}>
                      <Link href={`/calls/${c.callId}/applications/${c.id}#grant-money`} className="underline">
                        {c.reference ? `${c.reference} · ` : ""}
                        {c.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
