// Translation outside a request (mail, PDF, CSV, texts stored with a case):
// next-intl's own translator over the same catalogue, for a given language.
// Pages, layouts and actions use `getTranslations` from next-intl/server;
// client components use `useTranslations`.
import { createTranslator } from "next-intl";
import { formats, timeZone, type Locale } from "./config";
import { catalogues } from "./messages";

export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: catalogues[locale], timeZone, formats });
}

export type Translator = ReturnType<typeof translatorFor>;
