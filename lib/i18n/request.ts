// next-intl's request configuration: the language comes from the visitor's
// cookie (there are no language prefixes in our addresses), else Danish.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, formats, isLocale, localeCookie, timeZone } from "./config";
import { catalogues } from "./messages";

export default getRequestConfig(async ({ locale: asked }) => {
  const chosen = asked ?? (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(chosen) ? chosen : defaultLocale;
  return { locale, timeZone, formats, messages: catalogues[locale] };
});
