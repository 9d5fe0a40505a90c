/** Where to go after logging in: only a same-site path, never an open redirect. */
export function safeReturnTo(raw: string | undefined | null): "/dashboard" | `/${string}` {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/dashboard";
  return raw as `/${string}`;
}
