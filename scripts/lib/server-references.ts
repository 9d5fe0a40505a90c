import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./paths";

// The build's server references (.next/server/server-reference-manifest.json): what a POST may name in its
// `next-action` header. Next lists the server actions there, and also the `"use cache"` functions, which are reads of
// our own and never actions (scripts/server.ts refuses them). The production server, the tests that post actions over
// HTTP and the e2e fuzzer all read it here.

export type ServerReference = { id: string; file: string; name: string };

/** Every server reference of the current build. */
export function serverReferences(): ServerReference[] {
  const file = path.join(projectRoot, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node?: Record<string, { filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node ?? {}).map(([id, r]) => ({
    id,
    file: r.filename ?? "?",
    name: r.exportedName ?? "?",
  }));
}

/** A `"use cache"` function (`$$RSC_SERVER_CACHE_n`), not an action. */
export const isCachedRead = (r: ServerReference) => r.name.startsWith("$$RSC_SERVER_CACHE");
