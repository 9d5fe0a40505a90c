import { defineConfig } from "prisma/config";
import { embeddedDatabaseUrl } from "./scripts/lib/paths";

// `env('DATABASE_URL')` throws when the variable is unset, which breaks
// `prisma generate` on a fresh checkout: fall back to the embedded server.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? embeddedDatabaseUrl() },
});
