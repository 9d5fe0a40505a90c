import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

type Namespace = keyof Messages;

/** Every client component gets these: shared words, and the error texts of forms and error pages. */
const always: readonly Namespace[] = ["common", "errors"];

/**
 * Gives the client components below it the message namespaces they use, and
 * no others: a page's client JavaScript carries only its own texts.
 */
export async function IntlScope({
  namespaces = [],
  children,
}: {
  namespaces?: readonly Namespace[];
  children: ReactNode;
}) {
  const messages = (await getMessages()) as Messages;
  const picked = Object.fromEntries([...always, ...namespaces].map((ns) => [ns, messages[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
