// Decides whether `npm start` must (re)build: a hash of the sources' paths,
// sizes and modification times, stored beside the build.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./paths";

const inputs = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const stampFile = path.join(projectRoot, ".next", "lokalpulje-build-stamp");

function walk(entry: string, hash: ReturnType<typeof createHash>) {
  const full = path.join(projectRoot, entry);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(full).sort()) walk(path.join(entry, name), hash);
  } else {
    hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
  }
}

export function sourceStamp(): string {
  const hash = createHash("sha256");
  for (const entry of inputs) walk(entry, hash);
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  if (!fs.existsSync(path.join(projectRoot, ".next", "BUILD_ID")) || !fs.existsSync(stampFile)) return false;
  return fs.readFileSync(stampFile, "utf8") === sourceStamp();
}

export function writeStamp(): void {
  fs.writeFileSync(stampFile, sourceStamp());
}
