"use client";
import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import type { DecisionOutcome } from "@/lib/generated/prisma/enums";
import type { LiveItem, LivePage } from "@/lib/meetings/live-queries";
import { CaseDecisionForm } from "./case-decision-form";
import { FreeDecisionForm } from "./free-decision-form";
import { useNumbers } from "./live-meeting";

type Props = { item: LiveItem; page: LivePage; year: number; headingRef: RefObject<HTMLHeadingElement | null> };

/** One agenda item: number, title, kind, the case and the recommendation, the ranking, who is out, the decision. */
export function LiveItemView({ item, page, year, headingRef }: Props) {
  const t = useTranslations("meetingLive");
  const n = useNumbers();
  const decides = page.canDecide && item.kind === "DECISION";
  return (
    <article aria-labelledby={`item-${item.id}`}>
      <h2 id={`item-${item.id}`} ref={headingRef} tabIndex={-1} className="text-4xl font-bold mb-2">
        {item.position}. {item.title}
      </h2>
      <p className="text-muted mb-4">{t(`kinds.${item.kind}`)}</p>
      {item.outOfRoom.length ? (
        <ul className="border-l-4 border-danger pl-3 mb-4 font-semibold" data-testid="out-of-room">
          {item.outOfRoom.map((c) => (
            <li key={`${c.name}-${c.reference}`}>
              {t("outOfRoom", { name: c.name })}
              {item.round && c.reference ? ` (${c.reference})` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      {item.body ? (
        <section className="mb-4">
          <h3 className="text-2xl font-semibold">{t("body")}</h3>
          <p className="whitespace-pre-line">{item.body}</p>
        </section>
      ) : null}
      {item.recommendation ? (
        <section className="mb-4">
          <h3 className="text-2xl font-semibold">{t("recommendation")}</h3>
          <p className="whitespace-pre-line">{item.recommendation}</p>
        </section>
      ) : null}
      {item.hiddenCase ? <p className="font-semibold">{t("hiddenCase")}</p> : null}
      {item.cases.length ? (
        <section className="mb-4">
          <h3 className="text-2xl font-semibold">{t("ranking")}</h3>
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <thead>
                <tr>
                  <th scope="col">{t("rank")}</th>
                  <th scope="col">{t("case")}</th>
                  <th scope="col">{t("score")}</th>
                  <th scope="col">{t("requested")}</th>
                  <th scope="col">{t("recommended")}</th>
                </tr>
              </thead>
              <tbody>
                {item.cases.map((c) => {
                  const r = item.ranking.find((x) => x.applicationId === c.id);
                  return (
                    <tr key={c.id}>
                      <td>{r?.rank ?? "–"}</td>
                      <td>
                        {c.reference} {c.title} ({c.organisation})
                      </td>
                      <td>{n.score(r?.weightedScore ?? null)}</td>
                      <td>{n.kr(c.requestedOre)}</td>
                      <td>
                        {c.recommendation
                          ? `${t(`outcomes.${c.recommendation.outcome}`)}${
                              c.recommendation.amountOre !== null ? `, ${n.kr(c.recommendation.amountOre)}` : ""
                            }`
                          : "–"}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {item.cases.map((c) => (
        <section key={c.id} className="mb-6 border-t pt-3">
          <h3 className="text-2xl font-semibold">
            {c.reference} {c.title}
          </h3>
          {c.decision ? (
            <p role="status" data-testid="decided">
              {decidedText(t, n.kr, c.decision)}
            </p>
          ) : decides ? (
            <CaseDecisionForm
              itemId={item.id}
              itemVersion={item.version}
              target={{ applicationId: c.id, applicationVersion: c.version }}
              year={year}
              pools={page.pools}
            />
          ) : null}
        </section>
      ))}
      {item.project ? (
        item.project.decision ? (
          <p role="status" data-testid="decided">
            {decidedText(t, n.kr, item.project.decision)}
          </p>
        ) : decides && item.project.status === "RECOMMENDED" ? (
          <CaseDecisionForm
            itemId={item.id}
            itemVersion={item.version}
            target={{ projectId: item.project.id }}
            year={year}
            pools={page.pools}
          />
        ) : null
      ) : null}
      {item.free && decides ? (
        <FreeDecisionForm itemId={item.id} itemVersion={item.version} text={item.minutesText} />
      ) : null}
    </article>
  );
}

function decidedText(
  t: ReturnType<typeof useTranslations<"meetingLive">>,
  kr: (ore: number) => string,
  d: { outcome: DecisionOutcome; amountOre: number | null },
) {
  const outcome = t(`outcomes.${d.outcome}`);
  return d.amountOre !== null ? t("decidedAmount", { outcome, amount: kr(d.amountOre) }) : t("decided", { outcome });
}
