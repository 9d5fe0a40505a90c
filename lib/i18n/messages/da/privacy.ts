// Owned by Personal data (issue 16, point 8): namespace "personalData".
export const privacyMessages = {
  personalData: {
    title: "Persondata",
    intro:
      "Find alt, der er gemt om én person ud fra e-mailadressen, og hent det som én JSON-fil (indsigtsretten). " +
      "Adressen skal passe præcist; store og små bogstaver er ligegyldige. Hver download skrives i revisionsloggen.",
    email: "E-mailadresse",
    emailHint: "Ansøgerens kontaktadresse eller brugerens login.",
    emailRequired: "Skriv en e-mailadresse.",
    emailInvalid: "Skriv en gyldig e-mailadresse, fx navn@example.dk.",
    search: "Find data",
    errorSummary: "Der {count, plural, one {er # fejl} other {er # fejl}} i søgningen",
    resultTitle: "Gemt om {email}",
    nothing: "Der er intet gemt om {email}.",
    account: "Brugerkonto: {has, select, yes {ja} other {nej}}",
    kind: "Slags",
    count: "Antal",
    download: "Hent alt som JSON",
    retention:
      "Afsluttede sager anonymiseres hver nat, når opbevaringsperioden er udløbet (Planlagte job: " +
      "Sletning af persondata i afsluttede sager).",
    kinds: {
      applications: "Ansøgninger",
      organisations: "Organisationer",
      committeeContacts: "Udvalg med adressen som kontakt",
      messages: "Beskeder",
      decisions: "Afgørelser og tilsagnsbreve",
      accountsReports: "Regnskaber",
      evaluations: "Evalueringer",
      visits: "Besøg",
      attachments: "Bilag (kun metadata)",
      emails: "Mails i udbakken",
      reminders: "Påmindelser",
      memberships: "Medlemskaber og roller",
      workingGroups: "Arbejdsgrupper",
      organisationSeats: "Tilknytning til organisationer",
      projectRoles: "Roller i projekter",
      meetings: "Møder",
      visitsJoined: "Deltagelse i besøg",
      conflictDeclarations: "Inhabilitetserklæringer",
      scores: "Point og kommentarer",
      scoreSheets: "Pointark",
      reviewAssignments: "Tildelte ansøgninger",
      auditEntries: "Handlinger i revisionsloggen",
      sessions: "Logins (sessioner)",
    },
  },
};
