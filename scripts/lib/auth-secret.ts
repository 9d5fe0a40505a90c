// The session secret. From AUTH_SECRET when set; else one generated once and
// kept in the database, so every instance sharing that database agrees.
import { randomBytes } from "node:crypto";
import pg from "pg";

export async function resolveAuthSecret(url: string): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "AppSetting" ("key", "value", "updatedAt") VALUES ('auth_secret', $1, now()) ON CONFLICT ("key") DO NOTHING`,
      [randomBytes(32).toString("base64url")],
    );
    const r = await client.query<{ value: string }>(`SELECT "value" FROM "AppSetting" WHERE "key" = 'auth_secret'`);
    return r.rows[0]!.value;
  } finally {
    await client.end();
  }
}
