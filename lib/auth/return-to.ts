// A return path must stay on this site whatever a browser or a server makes
// of it. Browsers drop tabs and newlines inside URLs, read "\" as "/", and a
// server behind us may decode %2F once more, so "/\t/evil", "/\\evil" and
// "/%2F/evil" can all become "//evil" (another host). Only printable ASCII
// is accepted (our own links are percent-encoded), and every decoded form
// must still be a path on this origin.
const fallback = "/dashboard";
const printableAscii = /^[\x21-\x7e]+$/;
const control = /[\x00-\x1f\x7f\\]/;
const base = "http://return-to.invalid";

function staysHere(path: string): boolean {
  if (!path.startsWith("/") || path.startsWith("//") || control.test(path)) return false;
  try {
    return new URL(path, base).origin === base;
  } catch {
    return false;
  }
}

/** Where to go after logging in: only a same-site path, never an open redirect. */
export function safeReturnTo(raw: string | undefined | null): "/dashboard" | `/${string}` {
  if (!raw || !printableAscii.test(raw)) return fallback;
  let path = raw;
  // A few rounds of decoding ("%252F" is "%2F" after one); deeper nesting is refused.
  for (let round = 0; round < 4; round++) {
    if (!staysHere(path)) return fallback;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return fallback;
    }
    if (decoded === path) return raw as `/${string}`;
    path = decoded;
  }
  return fallback;
}
