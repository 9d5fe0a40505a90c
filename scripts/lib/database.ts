// Resolve the database for a script: DATABASE_URL when set (then no
// embedded server starts), else the embedded server of the given profile.
import pg from "pg";
import { SetupError, startEmbedded, type EmbeddedServer } from "./embedded-db";
import { embeddedDatabaseUrl, type EmbeddedProfile } from "./paths";

export function checkDatabaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SetupError("DATABASE_URL is not a valid URL. Use postgresql://user:password@host:5432/database.");
  }
  if (!/^postgres(ql)?:$/.test(url.protocol)) {
    throw new SetupError(`DATABASE_URL must start with postgresql:// (it starts with ${url.protocol}//).`);
  }
  if (!url.pathname || url.pathname === "/") {
    throw new SetupError("DATABASE_URL names no database. Use postgresql://user:password@host:5432/database.");
  }
  return raw;
}

export async function probeDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const r = await client.query<{ v: number }>("SELECT current_setting('server_version_num')::int AS v");
    const version = r.rows[0]?.v ?? 0;
    if (version < 150000)
      throw new SetupError(
        `The PostgreSQL at DATABASE_URL is version ${Math.floor(version / 10000)}; Lokalpulje needs 15 or newer.`,
      );
  } catch (e) {
    if (e instanceof SetupError) throw e;
    const safe = url.replace(/:[^:@/]*@/, ":***@");
    throw new SetupError(
      `Cannot connect to DATABASE_URL (${safe}): ${(e as Error).message}. ` +
        "Check host, port, user, password and database name.",
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openDatabase(
  profile: EmbeddedProfile,
  log?: (l: string) => void,
): Promise<{ url: string; server: EmbeddedServer | null }> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const url = checkDatabaseUrl(external);
    await probeDatabase(url);
    return { url, server: null };
  }
  const server = await startEmbedded(profile, log);
  return { url: embeddedDatabaseUrl(profile), server };
}

export async function withDatabase<T>(profile: EmbeddedProfile, fn: (url: string) => Promise<T>): Promise<T> {
  const { url, server } = await openDatabase(profile, (l) => console.log(l));
  try {
    return await fn(url);
  } finally {
    server?.stop();
  }
}
