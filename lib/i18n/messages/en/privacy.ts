// Owned by Personal data (issue 16, point 8): namespace "personalData".
export const privacyMessages = {
  personalData: {
    title: "Personal data",
    intro:
      "Find everything stored about one person by their e-mail address, and download it as one JSON file (the " +
      "right of access). The address must match exactly; case does not matter. Every download is audited.",
    email: "E-mail address",
    emailHint: "The applicant's contact address or the user's login.",
    emailRequired: "Enter an e-mail address.",
    emailInvalid: "Enter a valid e-mail address, e.g. name@example.com.",
    search: "Find data",
    errorSummary: "There {count, plural, one {is # error} other {are # errors}} in the search",
    resultTitle: "Stored about {email}",
    nothing: "Nothing is stored about {email}.",
    account: "User account: {has, select, yes {yes} other {no}}",
    kind: "Kind",
    count: "Count",
    download: "Download everything as JSON",
    retention:
      "Closed cases are anonymised every night once their retention has run out (Scheduled jobs: Removing " +
      "personal data from closed cases).",
    kinds: {
      applications: "Applications",
      organisations: "Organisations",
      committeeContacts: "Committees with the address as contact",
      messages: "Messages",
      decisions: "Decisions and grant letters",
      accountsReports: "Accounts",
      evaluations: "Evaluations",
      visits: "Visits",
      attachments: "Attachments (metadata only)",
      emails: "Mails in the outbox",
      reminders: "Reminders",
      memberships: "Memberships and roles",
      workingGroups: "Working groups",
      organisationSeats: "Ties to organisations",
      projectRoles: "Roles in projects",
      meetings: "Meetings",
      visitsJoined: "Visits taken part in",
      conflictDeclarations: "Conflict declarations",
      scores: "Scores and comments",
      scoreSheets: "Score sheets",
      reviewAssignments: "Assigned applications",
      auditEntries: "Actions in the audit log",
      sessions: "Logins (sessions)",
    },
  },
};
