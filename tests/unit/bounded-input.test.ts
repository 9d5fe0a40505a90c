import { describe, expect, it } from "vitest";
import { maxVersion, versionField } from "@/lib/actions/version";
import { installationSchema, setupSchema } from "@/lib/installation/schema";

// Forged and oversized input gets a message key, never an exception that would become a 500.
describe("bounded input", () => {
  it("a forged version beyond the database column is a stale form", () => {
    expect(versionField.safeParse(String(maxVersion)).success).toBe(true);
    const forged = versionField.safeParse("3000000000");
    expect(forged.error?.issues.map((i) => i.message)).toEqual(["errors.staleForm"]);
    expect(versionField.safeParse("abc").error?.issues[0]?.message).toBe("errors.staleForm");
  });

  it("a 5 MB paste into the installation's name or the set-up form is refused on the field", () => {
    const paste = "x".repeat(5 * 1024 * 1024);
    const settings = installationSchema.safeParse({
      version: "1",
      name: paste,
      publicUrl: "",
      mailFrom: "",
      retentionMonths: "36",
    });
    expect(settings.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["name", "installation.tooLong"],
    ]);
    const setup = setupSchema.safeParse({
      token: "t",
      installationName: "Lokalpulje",
      name: "Ida",
      email: "ida@example.dk",
      password: paste,
      passwordAgain: paste,
    });
    expect(setup.error?.issues.map((i) => i.path.join("."))).toEqual(["password", "passwordAgain"]);
  });
});
