import { describe, expect, it } from "vitest";
import { decisionLetter } from "@/lib/decisions/letter";
import { questionMail } from "@/lib/screening/question-mail";
import { translatorFor } from "@/lib/i18n/translator";

const app = { name: "Kim Kontakt", committee: "Nørrebro Lokaludvalg", reference: "NLU-2026-001", title: "Gårdfest" };

describe("the letters to an applicant come from the catalogue", () => {
  it("writes the decision letter in Danish as it always read, reasons and amount included", () => {
    const letter = decisionLetter("da", {
      ...app,
      outcome: "PARTIAL_GRANT",
      amountOre: 1_000_000,
      reasons: "Lokaleleje dækkes ikke.",
    });
    expect(letter.subject).toBe("Afgørelse: NLU-2026-001 – Gårdfest");
    expect(letter.body).toBe(
      [
        "Kære Kim Kontakt",
        "",
        'Nørrebro Lokaludvalg har behandlet jeres ansøgning "Gårdfest" (NLU-2026-001).',
        "Afgørelse: ansøgningen er delvist bevilget med 10.000 kr.",
        "Begrundelse: Lokaleleje dækkes ikke.",
        "",
        "Se afgørelsen via det personlige link i jeres kvittering.",
      ].join("\n"),
    );
  });

  it("leaves out the amount and the reasons when there are none, and speaks English when asked", () => {
    const refusal = decisionLetter("da", { ...app, outcome: "REFUSAL", amountOre: null, reasons: "" });
    expect(refusal.body).toContain("Afgørelse: ansøgningen er afslået.\n\n\nSe afgørelsen");
    const english = decisionLetter("en", { ...app, outcome: "GRANT", amountOre: 500_000, reasons: "" });
    expect(english.subject).toBe("Decision: NLU-2026-001 – Gårdfest");
    expect(english.body).toContain("Decision: the application is granted with DKK 5,000.");
  });

  it("puts the secretariat's question to the applicant, the question as typed", () => {
    const mail = questionMail("da", { ...app, question: "Har I talt med viceværten {om} bedene?" });
    expect(mail.subject).toBe("Spørgsmål til jeres ansøgning NLU-2026-001 – Gårdfest");
    expect(mail.body).toBe(
      [
        "Kære Kim Kontakt",
        "",
        "Sekretariatet for Nørrebro Lokaludvalg har et spørgsmål til jeres ansøgning:",
        "",
        "Har I talt med viceværten {om} bedene?",
        "",
        "Svar via det personlige link i jeres kvittering.",
      ].join("\n"),
    );
  });

  it("writes the status notes of the case's record in Danish", () => {
    const note = translatorFor("da");
    expect(note("grantNotes.decided", { outcome: "PARTIAL_GRANT" })).toBe("delvist bevilget");
    expect(note("grantNotes.visit", { date: "2027-05-01" })).toBe("Besøg 2027-05-01");
    expect(note("grantNotes.shortlisted")).toBe("På kortlisten");
  });
});
