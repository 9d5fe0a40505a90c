import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeForm, withoutNul } from "@/lib/actions/decode";

const form = (entries: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("decodeForm: posted fields → the shape a schema reads", () => {
  it("nests dotted names and turns numbered rows into a list", () => {
    const data = form([
      ["title", "Sommerfest"],
      ["budget.0.label", "Leje"],
      ["budget.0.amount", "2.000"],
      ["budget.1.label", "Mad"],
      ["budget.1.amount", "500"],
    ]);
    expect(decodeForm(data)).toEqual({
      title: "Sommerfest",
      budget: [
        { label: "Leje", amount: "2.000" },
        { label: "Mad", amount: "500" },
      ],
    });
  });

  it("closes up the rows a removed row leaves (rows 0 and 2 become a list of two, in order)", () => {
    const data = form([
      ["rows.2.label", "tredje"],
      ["rows.0.label", "første"],
    ]);
    expect(decodeForm(data)).toEqual({ rows: [{ label: "første" }, { label: "tredje" }] });
  });

  it("makes a list of a name posted more than once (checkboxes)", () => {
    expect(
      decodeForm(
        form([
          ["goal", "a"],
          ["goal", "b"],
        ]),
      ),
    ).toEqual({ goal: ["a", "b"] });
  });

  it("leaves out files, React's own fields, the names asked for, and prototype keys", () => {
    const data = form([
      ["$ACTION_ID_abc", ""],
      ["file", new Blob(["x"])],
      ["password", "hemmelig"],
      ["__proto__.polluted", "yes"],
      ["a.constructor.prototype.polluted", "yes"],
      ["email", "a@example.dk"],
    ]);
    const decoded = decodeForm(data, ["password"]);
    expect(decoded).toEqual({ email: "a@example.dk" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps every posted text value somewhere in the result (nothing typed is lost)", () => {
    const name = fc.stringMatching(/^[a-z]{1,6}(\.(\d|[a-z]{1,4})){0,2}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(name, fc.string({ maxLength: 20 })), { selector: ([n]) => n, maxLength: 8 }),
        (entries) => {
          // A name that is a prefix of another ("a" and "a.b") is a malformed form; leave those out.
          const names = entries.map(([n]) => n);
          const clean = entries.filter(
            ([n]) => !names.some((o) => o !== n && (o.startsWith(`${n}.`) || n.startsWith(`${o}.`))),
          );
          const decoded = JSON.stringify(decodeForm(form(clean)));
          for (const [, value] of clean) expect(decoded).toContain(JSON.stringify(value).slice(1, -1));
        },
      ),
    );
  });
});

describe("withoutNul: what every action reads", () => {
  it("takes NUL characters out of names, values and file names, and keeps the rest as posted", async () => {
    const data = form([
      ["ti\u0000tle", "Sommer\u0000fest"],
      ["logo", new File([new Uint8Array([0, 1, 2])], "lo\u0000go.png", { type: "image/png" })],
      ["note", "uændret"],
    ]);
    const clean = withoutNul(data);
    expect(clean.get("title")).toBe("Sommerfest");
    expect(clean.get("note")).toBe("uændret");
    const file = clean.get("logo") as File;
    expect(file.name).toBe("logo.png");
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([0, 1, 2]);
  });

  it("leaves no NUL in any value, whatever was posted", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string())), (entries) => {
        const clean = withoutNul(form(entries));
        for (const [k, v] of clean.entries()) expect(`${k}${String(v)}`).not.toContain("\u0000");
      }),
    );
  });
});
