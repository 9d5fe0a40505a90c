import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can, permissions, type Actor } from "@/lib/auth/permissions";
import { actionMatrix, personaRole, routeMatrix, type RolePersona } from "@/tests/authz/matrix";

const root = path.resolve(import.meta.dirname, "../..");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory())
      return e.name === "node_modules" || e.name === "generated" || e.name.startsWith(".") ? [] : files(full);
    return [full];
  });
}

/** app/(staff)/projects/[id]/page.tsx → /projects/[id] */
function routeOf(file: string): string {
  const rel = path.relative(path.join(root, "app"), path.dirname(file));
  const segments = rel.split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

describe("the authorization matrix covers everything that exists", () => {
  it("lists every page and route handler", () => {
    const routes = files(path.join(root, "app"))
      .filter((f) => /\/(page|route)\.tsx?$/.test(f))
      .map(routeOf);
    const listed = new Set(routeMatrix.map((r) => r.route));
    const missing = routes.filter((r) => !listed.has(r));
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThan(10);
  });

  it("lists every exported server action", () => {
    const actionFiles = [...files(path.join(root, "lib")), ...files(path.join(root, "app"))].filter(
      (f) => /\.tsx?$/.test(f) && /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")),
    );
    const exported = actionFiles.flatMap((f) =>
      [...fs.readFileSync(f, "utf8").matchAll(/export\s+(?:async\s+function|const)\s+(\w+)/g)].map(
        (m) => `${path.relative(root, f)}#${m[1]}`,
      ),
    );
    const listed = new Set(actionMatrix.map((a) => `${a.file}#${a.name}`));
    expect(exported.filter((e) => !listed.has(e))).toEqual([]);
    expect([...listed].filter((l) => !exported.includes(l))).toEqual([]);
  });

  it("guards each action in its code with the permission the matrix names (null for a public one)", () => {
    const mismatches = actionMatrix.flatMap((a) => {
      const text = fs.readFileSync(path.join(root, a.file), "utf8");
      const start = text.search(new RegExp(`export const ${a.name} = defineAction\\(`));
      const declared = /permission:\s*(null|"([^"]+)")/.exec(text.slice(start))?.[2] ?? "public";
      const expected = a.access === "public" ? "public" : a.access.permission;
      return start >= 0 && declared === expected ? [] : [`${a.file}#${a.name}: code ${declared}, matrix ${expected}`];
    });
    expect(mismatches).toEqual([]);
  });

  it("names, for each guarded action, a permission of the table and exactly the roles can() allows it", () => {
    const guarded = actionMatrix.flatMap((a) => (a.access === "public" ? [] : [{ ...a, ...a.access }]));
    expect(guarded.length).toBeGreaterThan(10);
    for (const a of guarded) {
      const where = `${a.file}#${a.name}`;
      expect(permissions, where).toContain(a.permission);
      const allowedByTable = (Object.keys(personaRole) as RolePersona[]).filter((persona) => {
        const actor: Actor = {
          id: persona,
          email: `${persona}@example.dk`,
          name: persona,
          locale: "da",
          memberships: [{ committeeId: "c", role: personaRole[persona] }],
        };
        return can(actor, a.permission, "c");
      });
      expect(allowedByTable.sort(), `${where} (${a.permission})`).toEqual([...a.allowed].sort());
    }
  });
});
