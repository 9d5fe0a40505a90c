"use client";
import { useTranslations } from "next-intl";

export type Receipt = { reference: string; link: string | null; duplicate: boolean };

/** What the applicant sees once the application is received: the reference and, the first time, the private link. */
export function ApplicationReceipt({ receipt }: { receipt: Receipt }) {
  const t = useTranslations("apply");
  return (
    <div role="status" className="border-l-4 border-brand-600 bg-brand-50 p-5">
      <h2 className="text-2xl font-bold mb-2">{t("thanks")}</h2>
      <p className="mb-2">
        {t("reference")}: <strong data-testid="reference">{receipt.reference}</strong>
      </p>
      <p className="mb-2">{receipt.duplicate ? t("duplicate") : t("receiptSent")}</p>
      {receipt.link ? (
        <p>
          {t("followLink")}{" "}
          <a href={receipt.link} className="underline break-all" data-testid="private-link">
            {receipt.link}
          </a>
        </p>
      ) : null}
    </div>
  );
}
