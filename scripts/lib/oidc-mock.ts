// A fake OpenID provider for the e2e run (oauth2-mock-server). A test picks who
// logs in by adding `login_hint=<email>|verified` (or `|unverified`) to the
// authorize request; the id token then carries that e-mail, its
// email_verified flag and the subject `sub-<email>`.
import { OAuth2Server } from "oauth2-mock-server";

// It accepts any client id and secret.
export async function startOidcMock(): Promise<{ issuer: string; stop: () => Promise<void> }> {
  const server = new OAuth2Server();
  await server.issuer.keys.generate("RS256");
  const hintByCode = new Map<string, string>();
  server.service.on("beforeAuthorizeRedirect", (redirect: { url: URL }, req: { url?: string }) => {
    const hint = new URL(req.url ?? "/", "http://mock").searchParams.get("login_hint");
    const code = redirect.url.searchParams.get("code");
    if (hint && code) hintByCode.set(code, hint);
  });
  server.service.on(
    "beforeTokenSigning",
    (token: { payload: Record<string, unknown> }, req: { body?: { code?: string } }) => {
      const hint = hintByCode.get(req.body?.code ?? "");
      if (!hint) return;
      const [email = "", verified] = hint.split("|");
      Object.assign(token.payload, {
        sub: `sub-${email}`,
        email,
        email_verified: verified === "verified",
        name: email,
      });
    },
  );
  await server.start(0, "127.0.0.1");
  return { issuer: server.issuer.url ?? "", stop: () => server.stop() };
}
