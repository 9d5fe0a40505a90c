import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process. The password hash is omitted from every query
// unless a query asks for it by name (only lib/auth does).
function createClient() {
  // A connection the database does not answer within 5 s is given up (pg waits for ever by default): a request
  // in a database outage gets the error page instead of hanging, and the pool recovers by itself afterwards.
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: 10, connectionTimeoutMillis: 5_000 });
  // A transaction waits up to 10 s for a free connection and may run 10 s (Prisma's defaults: 2 s and 5 s). 50
  // members saving at once from three tabs queue 150 transactions on the pool's 10 connections; on a busy 2-core
  // machine the last waited past 2 s (71 failed in CI) and past 5 s (1 failed). In a database outage a request still
  // ends within 15 s: this wait, or the connection's 5 s (db-outage.test.ts).
  const transactionOptions = { maxWait: 10_000, timeout: 10_000 };
  return new PrismaClient({ adapter, transactionOptions, omit: { user: { passwordHash: true } } });
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { lokalpuljeDb?: Client };

export function db(): Client {
  globalForDb.lokalpuljeDb ??= createClient();
  return globalForDb.lokalpuljeDb;
}

/** On shutdown (scripts/server.ts): closes the pool once the requests are done. */
export async function disconnectDb(): Promise<void> {
  const client = globalForDb.lokalpuljeDb;
  globalForDb.lokalpuljeDb = undefined;
  await client?.$disconnect();
}

export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];

/**
 * The client or a transaction, for a read that runs in either. Prisma types a transaction without the client's
 * `omit` (the password hash), so the client does not fit `Tx` as it stands; such reads never select the hash.
 */
export type Reader = Client | Tx;
export const asTx = (reader: Reader): Tx => reader as Tx;
