// The session secret signs every login cookie, so it must not sit in the
// database it protects: a dump would let its reader forge sessions.
// - AUTH_SECRET, when set, always wins.
// - With an external database (DATABASE_URL), several instances may share it,
//   and each must sign with the same secret: AUTH_SECRET is required.
// - On the embedded default, one is generated once into a file beside the
//   data, readable by its owner only (mode 0600).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SetupError } from "./embedded-db";
import { dataRoot } from "./paths";

export const authSecretFile = () => path.join(dataRoot(), "auth-secret");

export function resolveAuthSecret({ externalDatabase }: { externalDatabase: boolean }): string {
  const given = process.env.AUTH_SECRET;
  if (given !== undefined && given !== "") {
    if (given.length < 32)
      throw new SetupError("AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32).");
    return given;
  }
  if (externalDatabase) {
    throw new SetupError(
      "AUTH_SECRET is required when DATABASE_URL points at your own PostgreSQL. It signs the login sessions: " +
        "every instance sharing the database must use the same one, " +
        "and it must not be stored in the database itself. " +
        "Set it, e.g. AUTH_SECRET=$(openssl rand -base64 32), the same on every instance.",
    );
  }
  const file = authSecretFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx': only the first start creates it; a second one reads what the first wrote.
    fs.writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { flag: "wx", mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  const mode = fs.statSync(file).mode & 0o777;
  if (mode & 0o077) fs.chmodSync(file, 0o600);
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret.length < 32)
    throw new SetupError(`${file} does not hold a usable secret: delete it, and a new one is made on the next start.`);
  return secret;
}
