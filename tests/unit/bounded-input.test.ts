import { describe, expect, it } from "vitest";
import { maxVersion, versionField } from "@/lib/actions/version";
import { installationSchema, setupSchema } from "@/lib/installation/schema";
import { freeItemSchema, meetingFormSchema } from "@/lib/meetings/schema";
import { freeDecisionSchema, meetingDecisionSchema } from "@/lib/meetings/live-schema";
import { minutesFormSchema } from "@/lib/minutes/schema";

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

  it("a 5 MB paste into a meeting, an agenda item, a decision or the minutes is refused on the field", () => {
    const paste = "x".repeat(5 * 1024 * 1024);
    const fields = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
      r.error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(
      fields(
        meetingFormSchema.safeParse({ committeeId: "c", title: paste, startsAt: "2027-02-10T17:00", kind: "PLENARY" }),
      ),
    ).toContainEqual(["title", "meetings.errors.tooLong"]);
    expect(
      fields(freeItemSchema.safeParse({ meetingId: "m", title: "Eventuelt", kind: "DISCUSSION", body: paste })),
    ).toEqual([["body", "meetings.errors.tooLong"]]);
    expect(fields(freeDecisionSchema.safeParse({ agendaItemId: "i", itemVersion: "1", text: paste }))).toEqual([
      ["text", "meetingLive.errors.tooLong"],
    ]);
    expect(
      fields(
        minutesFormSchema.safeParse({
          meetingId: "m",
          version: "1",
          minutes: paste,
          items: [{ id: "i", text: paste }],
        }),
      ),
    ).toEqual([
      ["minutes", "minutes.tooLong"],
      ["items.0.text", "minutes.tooLong"],
    ]);
    const decision = meetingDecisionSchema.safeParse({
      agendaItemId: "i",
      itemVersion: "1",
      outcome: "REFUSAL",
      reasons: paste,
      votesFor: "99999",
      years: [{ year: "9999999999", amount: "" }],
    });
    expect(fields(decision)).toEqual([
      ["years.0.year", "decision.fundsYearRange"],
      ["reasons", "meetingLive.errors.tooLong"],
      ["votesFor", "meetingLive.errors.votesInvalid"],
    ]);
  });
});
