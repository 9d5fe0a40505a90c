import path from "node:path";

// Where the embedded PostgreSQL keeps its data, and how to reach it. The app
// never reads these: it only sees DATABASE_URL, which the start script sets.
export const projectRoot = path.resolve(import.meta.dirname, "..", "..");

export type EmbeddedProfile = "app" | "test";

// Read on every call, so a caller may set the variables late (tests do).
const profiles = (): Record<EmbeddedProfile, { dir: string; port: number }> => ({
  app: { dir: "pg", port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) },
  test: { dir: "pg-test", port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339) },
});

export const embeddedUser = "lokalpulje";
// The embedded server listens on 127.0.0.1 only; its password protects
// nothing that the file system does not already, so it is fixed.
export const embeddedPassword = "lokalpulje-local";

export function dataRoot(): string {
  return process.env.LOKALPULJE_DATA_DIR ?? path.join(projectRoot, ".data");
}

export function embeddedProfile(profile: EmbeddedProfile) {
  const p = profiles()[profile];
  return { dataDir: path.join(dataRoot(), p.dir), port: p.port };
}

export function embeddedDatabaseUrl(profile: EmbeddedProfile = "app", database = "lokalpulje"): string {
  const { port } = embeddedProfile(profile);
  return `postgresql://${embeddedUser}:${embeddedPassword}@127.0.0.1:${port}/${database}`;
}
