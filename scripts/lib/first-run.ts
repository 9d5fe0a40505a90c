// What `npm start` and `npm run admin:create` share: a database client for
// the first-run code in lib/installation/first-run.ts, and the origin its
// links use (the installation's own address, else PUBLIC_URL, else localhost).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { readInstallation } from "../../lib/installation/settings";
import type { Tx } from "../../lib/db";

export async function withInstallation<T>(url: string, port: number, run: (tx: Tx, origin: string) => Promise<T>) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    omit: { user: { passwordHash: true } },
  });
  try {
    return await client.$transaction(async (tx) => {
      const configured = (await readInstallation(tx)).publicUrl ?? process.env.PUBLIC_URL?.replace(/\/+$/, "");
      return run(tx, configured || `http://localhost:${port}`);
    });
  } finally {
    await client.$disconnect();
  }
}
