import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process. The password hash is omitted from every query
// unless a query asks for it by name (only lib/auth does).
function createClient() {
  // A request waits at most 5 s for a connection, made or handed out by the pool (pg's one limit for both; it waits
  // for ever by default): in a database outage the request gets the error page instead of hanging, and the pool
  // recovers by itself afterwards (db-outage.test.ts: a page makes two such attempts in turn within its 15 s bound;
  // at 10 s it took 20 s and failed in CI). 50 members saving at once from three tabs queue 150 transactions on the
  // pool's 10 connections: within 5 s on CI (scoring-load.test.ts); only with a benchmark running beside it did one
  // of 150 wait longer. Prisma's own wait for a transaction is the same 5 s, and a transaction may run 10 s.
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: 10, connectionTimeoutMillis: 5_000 });
  const transactionOptions = { maxWait: 5_000, timeout: 10_000 };
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
