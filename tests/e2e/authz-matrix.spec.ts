import { expect, request as playwrightRequest, test } from "@playwright/test";
import { expected, personas, routeMatrix, type Outcome, type Persona } from "../authz/matrix";
import { storageState } from "./support";

// Every route × every role over real HTTP with real sessions.
for (const persona of personas) {
  test(`authorization matrix as ${persona}`, async ({ baseURL }) => {
    const ctx = await playwrightRequest.newContext({
      baseURL,
      storageState: persona === "anonymous" ? undefined : storageState(persona as Exclude<Persona, "anonymous">),
    });
    const failures: string[] = [];
    for (const c of routeMatrix) {
      const res = await ctx.get(c.path, { maxRedirects: 0 });
      const location = res.headers()["location"] ?? "";
      const got: Outcome | number =
        res.status() >= 300 && res.status() < 400
          ? location.includes("/login")
            ? "login"
            : location.includes("/dashboard")
              ? "dashboard"
              : res.status()
          : res.status();
      if (got !== expected(c, persona)) failures.push(`${c.path}: expected ${expected(c, persona)}, got ${got}`);
    }
    await ctx.dispose();
    expect(failures).toEqual([]);
  });
}
