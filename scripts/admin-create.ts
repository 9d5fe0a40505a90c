// npm run admin:create -- --email name@municipality.dk [--name "Full Name"]
// Makes the person an administrator of the installation, from the shell: a
// new person gets a one-time link (24 hours) where they choose their password;
// nobody ever gets a default password. Works on DATABASE_URL, or on the
// embedded database that `npm start` uses.
import { parseArgs } from "node:util";
import { withDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrations";
import { withInstallation } from "./lib/first-run";
import { createInstallationAdmin } from "../lib/installation/first-run";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const email = values.email?.trim() ?? "";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new Error('Name the person: npm run admin:create -- --email name@municipality.dk [--name "Full Name"]');
  const port = Number(process.env.PORT ?? 3000);
  await withDatabase("app", async (url) => {
    await applyMigrations(url);
    const result = await withInstallation(url, port, (tx, origin) =>
      createInstallationAdmin(tx, { email, name: values.name }, origin),
    );
    if (!result.link) {
      console.log(`${email} can already log in and is now an administrator of the installation.`);
      return;
    }
    console.log(`${email} is an administrator of the installation${result.created ? " (new account)" : ""}.`);
    console.log("They choose their password with this link (valid 24 hours, works once):");
    console.log(`  ${result.link}`);
  });
}

main().catch((e: unknown) => {
  console.error(`lokalpulje: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
