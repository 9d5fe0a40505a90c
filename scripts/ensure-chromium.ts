// The e2e tests use Debian's Chromium (Playwright cannot download browsers
// here). Installs it with apt-get when missing and we are root; otherwise
// says exactly what to run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  if (os.userInfo().uid !== 0) {
    throw new Error(
      "Chromium is missing. Install it with: sudo apt-get update && sudo apt-get install -y chromium " +
        "(or set CHROMIUM_PATH).",
    );
  }
  console.log("e2e: installing Debian's chromium package…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const install =
    update.status === 0
      ? spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env })
      : update;
  if (install.status !== 0 || !fs.existsSync("/usr/bin/chromium"))
    throw new Error("apt-get install chromium failed; see above.");
  return "/usr/bin/chromium";
}
