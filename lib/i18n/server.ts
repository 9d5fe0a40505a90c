import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { defaultLocale, isLocale, type Locale } from "./format";
import { translator } from "./translate";

export const localeCookie = "lokalpulje-locale";

/** The visitor's language: the cookie they chose, else Danish. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;
  return defaultLocale;
});

export const getT = cache(async () => translator(await getLocale()));
