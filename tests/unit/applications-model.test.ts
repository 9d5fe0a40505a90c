import { describe, expect, it } from "vitest";
import { checkAttachment, chosenFilesProblem, formatReference, isOpen, parseKroner } from "@/lib/applications/model";
import { applicationFormSchema, applicationSubmitSchema } from "@/lib/applications/schema";

describe("amounts as typed", () => {
  it("reads Danish kroner in the forms people use", () => {
    expect(parseKroner("50.000")).toBe(5_000_000);
    expect(parseKroner("50000")).toBe(5_000_000);
    expect(parseKroner("50.000 kr.")).toBe(5_000_000);
    expect(parseKroner("kr. 600.000")).toBe(60_000_000);
    expect(parseKroner("1.234,5")).toBe(123_450);
    expect(parseKroner("7.500,-")).toBe(750_000);
  });
  it("refuses what is not an amount", () => {
    for (const bad of ["", "abc", "-5", "1,2,3", "50.00.0", "1e6", "12.34"]) expect(parseKroner(bad), bad).toBeNull();
  });
});

describe("attachments", () => {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
  it("accepts a PDF by its bytes and refuses an executable named .pdf", () => {
    expect(checkAttachment(1000, pdf)).toEqual({ ok: true, mime: "application/pdf" });
    expect(checkAttachment(1000, new Uint8Array([0x4d, 0x5a, 0x90, 0]))).toEqual({
      ok: false,
      error: "apply.fileType",
    });
  });
  it("refuses an empty file and one over 10 MB", () => {
    expect(checkAttachment(0, pdf)).toEqual({ ok: false, error: "apply.fileEmpty" });
    expect(checkAttachment(10 * 1024 * 1024 + 1, pdf)).toEqual({ ok: false, error: "apply.fileTooLarge" });
  });
});

describe("the files chosen in the browser", () => {
  const pdf = { size: 1000, type: "application/pdf" };
  it("are refused before sending when too many, too large or of another type", () => {
    expect(chosenFilesProblem([])).toBeNull();
    expect(chosenFilesProblem([pdf, { size: 10, type: "image/webp" }])).toBeNull();
    expect(chosenFilesProblem(Array.from({ length: 6 }, () => pdf))).toBe("apply.tooManyFiles");
    expect(chosenFilesProblem([{ size: 10 * 1024 * 1024 + 1, type: "application/pdf" }])).toBe("apply.fileTooLarge");
    expect(chosenFilesProblem([{ size: 10, type: "application/x-msdownload" }])).toBe("apply.fileType");
  });
  it("show at the file field of the form the browser checks", () => {
    const exe = new File(["MZ"], "budget.exe", { type: "application/x-msdownload" });
    const r = applicationSubmitSchema.safeParse({ attachments: [exe] });
    expect(r.error!.issues.find((i) => i.path.join(".") === "attachments")?.message).toBe("apply.fileType");
  });
});

describe("calls and references", () => {
  it("is open only when published and before the deadline", () => {
    const now = new Date("2026-05-01T10:00:00Z");
    expect(isOpen({ status: "PUBLISHED", opensAt: null, deadline: new Date("2026-06-01") }, now)).toBe(true);
    expect(isOpen({ status: "PUBLISHED", opensAt: null, deadline: new Date("2026-05-01T09:59:59Z") }, now)).toBe(false);
    expect(isOpen({ status: "CLOSED", opensAt: null, deadline: null }, now)).toBe(false);
    expect(isOpen({ status: "PUBLISHED", opensAt: new Date("2026-05-02"), deadline: null }, now)).toBe(false);
  });
  it("numbers references per year", () => {
    expect(formatReference("NLU", 2026, 7)).toBe("NLU-2026-007");
  });
  it("validates the form with Danish message keys", () => {
    const r = applicationFormSchema.safeParse({
      callId: "c",
      submitKey: "x",
      organisationName: "",
      organisationKind: "X",
      cvr: "123",
      contactName: "",
      contactEmail: "nope",
      contactPhone: "abc",
      title: "",
      description: "kort",
      targetGroup: "",
      periodText: "",
      requested: "fem",
      budget: [],
    });
    expect(r.success).toBe(false);
    const keys = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(keys).toMatchObject({
      cvr: "apply.cvrInvalid",
      contactEmail: "apply.emailInvalid",
      requested: "apply.amountInvalid",
      budget: "apply.budgetRequired",
      description: "apply.descriptionShort",
    });
  });
});
