import { describe, expect, it } from "vitest";
import { draftMail, receiptMail, statusNote } from "@/lib/applications/mail";

const call = { title: "Små ansøgninger – hurtigt spor", committee: { name: "Nørrebro Lokaludvalg" } };
const receipt = {
  reference: "NOE-2026-004",
  title: "Gårdfest for alle opgange",
  contactName: "Mette Gård",
  requestedOre: 800_000,
  link: "https://lokalpulje.example/ansoegning/abc",
  now: new Date("2026-11-22T23:30:00Z"),
};

describe("mail to an applicant", () => {
  it("is a Danish receipt with the reference, the amount, the date in Danish time and the private link", () => {
    const mail = receiptMail("da", receipt, call);
    expect(mail.subject).toBe("Kvittering: NOE-2026-004 – Gårdfest for alle opgange");
    expect(mail.body).toContain("Kære Mette Gård\n\n");
    expect(mail.body).toContain(
      'Tak for jeres ansøgning til "Små ansøgninger – hurtigt spor" hos Nørrebro Lokaludvalg.',
    );
    expect(mail.body).toContain("Vi har modtaget den 23. november 2026.");
    expect(mail.body).toContain("Ansøgt beløb: 8.000 kr.\n");
    expect(mail.body).toContain("\nhttps://lokalpulje.example/ansoegning/abc\n");
    expect(mail.body.endsWith("Sekretariatet for Nørrebro Lokaludvalg")).toBe(true);
  });

  it("is in English for an applicant who used the form in English", () => {
    const mail = receiptMail("en", receipt, call);
    expect(mail.subject).toBe("Receipt: NOE-2026-004 – Gårdfest for alle opgange");
    expect(mail.body).toContain("Amount requested: DKK 8,000\n");
    expect(mail.body).toContain("We received it on 23 November 2026.");
  });

  it("names the draft by its title, else the call's, and greets an applicant without a name", () => {
    const untitled = draftMail("da", { title: "", contactName: "", link: "https://x.example/ansoegning/t" }, call);
    expect(untitled.subject).toBe("Kladde gemt: Små ansøgninger – hurtigt spor");
    expect(untitled.body.startsWith("Kære ansøger\n\n")).toBe(true);
    expect(untitled.body.endsWith("\nhttps://x.example/ansoegning/t")).toBe(true);
  });

  it("writes status notes in Danish: they are the case record", () => {
    expect(statusNote("submitted")).toBe("Indsendt via ansøgningsskemaet");
    expect(statusNote("withdrawn")).toBe("Trukket tilbage af ansøger");
  });
});
