import { getLocale, getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/ui/button-form";
import { Button } from "@/components/ui/button";
import { IntlScope } from "@/components/ui/intl-scope";
import type { Actor } from "@/lib/auth/permissions";
import { copenhagenToday } from "@/lib/calls/model";
import { closeGrantAction } from "@/lib/grants/actions";
import { amountText } from "@/lib/grants/payment-rules";
import { getGrantMoney } from "@/lib/grants/queries";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { GrantSteps } from "./grant-steps";
import { LetterForm } from "./letter-form";
import { ClaimRepaymentForm, PaymentForm } from "./payment-forms";

/**
 * The case file's money: the grant's steps, the grant letter (its draft for `grant:manage`, or the letter as sent),
 * the payments, and the next payment step for `payment:manage`. Renders nothing for an application without a grant.
 */
export async function GrantMoneySection({
  actor,
  callId,
  applicationId,
}: {
  actor: Actor;
  callId: string;
  applicationId: string;
}) {
  const money = await getGrantMoney(actor, callId, applicationId);
  if (!money) return null;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const kr = (ore: number) => formatKr(ore, locale);
  const { application: app, letter, draft, can, settlement } = money;
  const today = copenhagenToday();
  return (
    <section aria-labelledby="grant-money" className="border-t border-gray-300 pt-6 mb-8" data-testid="grant-money">
      <h2 id="grant-money" className="text-2xl font-semibold mb-3">
        {t("letters.moneyTitle")}
      </h2>
      <GrantSteps steps={money.steps} headingId="grant-steps" />
      <IntlScope namespaces={["letters", "payments"]}>
        <h3 className="text-xl font-semibold mb-2">{t("letters.title")}</h3>
        {letter ? (
          <div className="mb-6" data-testid="grant-letter">
            <p className="mb-1" role="status">
              {t("letters.sentOn", { date: formatDate(letter.sentAt!, locale), name: letter.sentBy ?? "" })}{" "}
              {letter.acceptedAt
                ? t("letters.acceptedOn", {
                    date: formatDate(letter.acceptedAt, locale),
                    name: letter.acceptedName ?? "",
                  })
                : t("letters.notAccepted")}
            </p>
            <p className="mb-2">
              {t("letters.deadline")}: {letter.accountsDueOn ? formatDate(letter.accountsDueOn, locale) : "–"} ·{" "}
              {t("letters.advance")}: {letter.advanceOre ? kr(letter.advanceOre) : t("letters.noAdvance")}
            </p>
            <details className="mb-2">
              <summary className="cursor-pointer underline">{t("letters.letterAsSent")}</summary>
              <p className="whitespace-pre-line border-l-4 border-gray-300 p-3 mt-2">{letter.body}</p>
            </details>
            <a href={`/api/grants/${app.id}/letter.pdf`} className="underline">
              {t("letters.pdf")}
            </a>
          </div>
        ) : draft && can.sendLetter ? (
          <div className="mb-6" data-testid="letter-draft">
            <p className="mb-2">{t("letters.draftIntro", { email: app.contactEmail })}</p>
            <details className="mb-4">
              <summary className="cursor-pointer underline">{t("letters.draftTitle")}</summary>
              <p className="whitespace-pre-line border-l-4 border-gray-300 p-3 mt-2">{draft.text}</p>
            </details>
            <LetterForm applicationId={app.id} version={app.version} draft={draft} />
          </div>
        ) : null}

        <h3 className="text-xl font-semibold mb-2">{t("payments.title")}</h3>
        {money.payments.length ? (
          <ul className="mb-4 space-y-1" data-testid="payments" aria-live="polite">
            {money.payments.map((p) => (
              <li key={p.id}>
                {t("payments.row", {
                  kind: t(`payments.kinds.${p.kind}`),
                  amount: kr(p.amountOre),
                  date: formatDate(p.paidOn, locale),
                  reference: p.reference || "–",
                  name: p.approvedBy || "–",
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4">{t("payments.none")}</p>
        )}
        {settlement ? (
          <p className="mb-4" data-testid="settlement">
            {t("payments.settlement", {
              expenses: kr(settlement.expensesOre),
              income: kr(settlement.incomeOre),
              rejected: kr(settlement.rejectedOre),
              net: kr(Math.max(0, settlement.expensesOre - settlement.rejectedOre - settlement.incomeOre)),
              owed: kr(settlement.owedOre),
              granted: kr(settlement.grantedOre),
              advance: kr(settlement.advancePaidOre),
            })}
          </p>
        ) : null}
        {money.fourEyes.blocked && app.status === "APPROVED" ? (
          <p className="mb-4 border-l-4 border-danger bg-red-50 p-3" data-testid="four-eyes">
            {t("payments.fourEyes")}
          </p>
        ) : null}
        {can.payAdvance !== null ? (
          <PaymentForm applicationId={app.id} step="advance" amount={amountText(can.payAdvance)} today={today} />
        ) : null}
        {can.payFinal !== null ? (
          <>
            <p className="mb-2">
              {t("payments.finalIs", { amount: kr(can.payFinal), release: kr(settlement?.releaseOre ?? 0) })}
            </p>
            <PaymentForm applicationId={app.id} step="final" amount={amountText(can.payFinal)} today={today} />
          </>
        ) : null}
        {can.claimRepayment !== null ? (
          <>
            <p className="mb-2">
              {t("payments.repaymentIs", { amount: kr(can.claimRepayment), release: kr(settlement?.releaseOre ?? 0) })}
            </p>
            <ClaimRepaymentForm applicationId={app.id} amount={amountText(can.claimRepayment)} />
          </>
        ) : null}
        {can.receiveRepayment !== null ? (
          <>
            <p className="mb-2">{t("payments.repaymentOwed", { amount: kr(can.receiveRepayment) })}</p>
            <PaymentForm
              applicationId={app.id}
              step="repaymentReceived"
              amount={amountText(can.receiveRepayment)}
              today={today}
            />
          </>
        ) : null}
        {can.close ? (
          <>
            <p className="mb-2">{t("payments.closeIntro")}</p>
            <ButtonForm action={closeGrantAction} fields={{ applicationId: app.id }}>
              <Button type="submit">{t("payments.closeGrant")}</Button>
            </ButtonForm>
          </>
        ) : null}
      </IntlScope>
    </section>
  );
}
