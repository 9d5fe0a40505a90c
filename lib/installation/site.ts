import "server-only";
import { cache } from "react";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { publicOrigin } from "@/lib/public/site-url";
import { readInstallation } from "./settings";

// The site's address and mail sender as the installation's admin set them
// (/admin/installation), else as the environment gives them. Read from the
// database each time, so every instance uses the same value at once.

type Reader = Pick<Tx, "installation">;

/** Once per request when no transaction is given: the layout, the header and the footer all ask. */
const current = cache(() => readInstallation(db()));
const read = (client?: Reader) => (client ? readInstallation(client) : current());

/** The address for every link that leaves a response: mailed links, feeds, the sitemap, Open Graph. */
export async function siteUrl(client?: Reader): Promise<string> {
  const { publicUrl } = await read(client);
  return publicUrl ?? publicOrigin();
}

/** The From of every mail. */
export async function mailSender(client?: Reader): Promise<string> {
  const { mailFrom, name } = await read(client);
  if (mailFrom) return mailFrom.includes("<") ? mailFrom : `${name} <${mailFrom}>`;
  return env().MAIL_FROM;
}

/** The name shown in the header, the footer and page titles. */
export async function installationName(client?: Reader): Promise<string> {
  return (await read(client)).name;
}
