// Password hashing with scrypt (memory-hard, in Node's own crypto).
// Stored as scrypt$N$r$p$salt$hash, so the cost can rise: a hash made with
// weaker parameters still verifies, and is replaced on the next login.
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from "node:crypto";

type ScryptParams = { N: number; r: number; p: number };

// OWASP's Password Storage Cheat Sheet lists N=2^17 r=8 p=1 and, as equal in
// cost, N=2^14 r=8 p=5. The latter needs 16 MiB per hash instead of 128 MiB,
// so a burst of logins cannot exhaust a small server's memory.
export const scryptParams: ScryptParams = { N: 2 ** 14, r: 8, p: 5 };
const keyLength = 32;
// Above Node's 32 MiB default, with room for hashes made at up to twice today's memory cost.
const maxmem = 64 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    try {
      scryptCb(password.normalize("NFKC"), salt, keyLength, { ...params, maxmem }, (err, key) =>
        err ? reject(err) : resolve(key),
      );
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, scryptParams);
  const { N, r, p } = scryptParams;
  return `scrypt$${N}$${r}$${p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

function parse(stored: string | null | undefined): { params: ScryptParams; salt: Buffer; hash: Buffer } | null {
  const parts = (stored ?? "").split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((v) => Number.isSafeInteger(v) && v > 0)) return null;
  return { params, salt: Buffer.from(salt, "base64"), hash: Buffer.from(hash, "base64") };
}

export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) {
    // Spend the same time on unknown users, so timing tells nothing.
    await scrypt(password, Buffer.alloc(16), scryptParams);
    return false;
  }
  const actual = await scrypt(password, parsed.salt, parsed.params).catch(() => null);
  return actual !== null && parsed.hash.length === actual.length && timingSafeEqual(parsed.hash, actual);
}

/** True when the stored hash is cheaper than today's parameters: rehash it on the next successful login. */
export function needsRehash(stored: string | null | undefined): boolean {
  const parsed = parse(stored);
  if (!parsed) return false;
  const { N, r, p } = parsed.params;
  return N * r * p < scryptParams.N * scryptParams.r * scryptParams.p || N * r < scryptParams.N * scryptParams.r;
}
