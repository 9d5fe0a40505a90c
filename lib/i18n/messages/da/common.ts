// Danish is the source language: every key exists here first.
export const common = {
  common: {
    save: "Gem",
    saving: "Gemmer …",
    cancel: "Annullér",
    send: "Send",
    sending: "Sender …",
    saved: "Gemt.",
    tooLong: "Teksten er for lang.",
    invalidField: "Tjek feltet.",
    errorSummary: "Der {count, plural, one {er # fejl} other {er # fejl}} i formularen",
    notSaved: "Intet er gemt",
    sendFailed: "Formularen kunne ikke sendes. Tjek din forbindelse, og prøv igen. Intet er tabt.",
    initiatives: "{count, plural, one {# initiativ} other {# initiativer}}",
  },
  app: {
    name: "Lokalpulje",
    tagline: "Lokaludvalgenes projekter, puljer og ansøgninger",
    skipToContent: "Gå til indhold",
  },
  nav: {
    initiatives: "Initiativer",
    portraits: "Portrætter",
    openCalls: "Åbne opslag",
    main: "Hovedmenu",
    home: "Forside",
    dashboard: "Overblik",
    projects: "Projekter",
    calls: "Opslag",
    applications: "Ansøgninger",
    scoring: "Vurdering",
    myApplications: "Mine ansøgninger",
    outbox: "Udbakke",
    users: "Brugere",
    audit: "Revisionslog",
    login: "Log ind",
    logout: "Log ud",
    language: "Sprog",
    switchTo: "English",
    switchToLabel: "Switch to English",
    accessibility: "Tilgængelighedserklæring",
    privacy: "Privatlivspolitik",
    signedInAs: "Logget ind som {name}",
  },
  roles: {
    ADMIN: "Administrator",
    SECRETARIAT: "Sekretariat",
    MEMBER: "Udvalgsmedlem",
    APPLICANT: "Ansøger",
  },
  login: {
    title: "Log ind",
    intro: "Log ind med din e-mailadresse og adgangskode.",
    email: "E-mailadresse",
    password: "Adgangskode",
    submit: "Log ind",
    submitting: "Logger ind …",
    failed: "E-mailadresse eller adgangskode er forkert.",
    rateLimited: "For mange mislykkede forsøg. Vent {minutes} minutter, og prøv igen.",
    emailRequired: "Skriv din e-mailadresse.",
    emailInvalid: "Skriv en gyldig e-mailadresse, fx navn@example.dk.",
    passwordRequired: "Skriv din adgangskode.",
    failedTitle: "Du blev ikke logget ind",
    errorSummary: "Der {count, plural, one {er # fejl} other {er # fejl}} i formularen",
    oidc: "Log ind med {name}",
    or: "eller",
    loggedOut: "Du er logget ud.",
  },
  logout: {
    title: "Log ud",
    confirm: "Vil du logge ud?",
    submit: "Log ud",
  },
  dashboard: {
    title: "Overblik",
    greeting: "Goddag, {name}",
    yourRoles: "Dine roller",
    committees: "Udvalg",
    users: "Brugere",
    projects: "Projekter",
    calls: "Opslag",
    applications: "Ansøgninger",
    activeCalls: "Aktive opslag",
    toScreen: "Ansøgninger til screening",
    recentAudit: "Seneste ændringer",
    noAudit: "Ingen ændringer endnu.",
    scoringProgress: "{done} af {total} vurderet",
    yourScoring: "Din vurdering",
    yourConflicts: "Dine erklæringer om inhabilitet",
    conflictExcluded: "Udelukket",
    conflictNotExcluded: "Ikke inhabil",
    conflictPending: "Afventer afgørelse",
    yourProjects: "Projekter du er ansvarlig for",
    noProjects: "Ingen projekter.",
    yourApplications: "Dine ansøgninger",
    noApplications: "Du har ingen ansøgninger.",
    deadline: "Frist",
    available: "Rådighedsbeløb",
    requested: "Ansøgt beløb",
    status: "Status",
    reference: "Journalnummer",
    titleColumn: "Titel",
    committee: "Udvalg",
    kind: "Type",
    count: "Antal",
    pool: "Puljer",
    budget: "Budget",
    committed: "Bevilget",
    paid: "Udbetalt",
    fundsYear: "Budgetår",
  },
  users: { name: "Navn" },
  audit: { when: "Tidspunkt", who: "Hvem", what: "Handling", entity: "Objekt" },
  outbox: {
    title: "Udbakke",
    intro: "Alle e-mails, appen har sendt – eller ville have sendt, hvis SMTP ikke er sat op.",
    empty: "Ingen e-mails.",
    to: "Til",
    sent: "sendt",
    notSent: "ikke sendt (ingen SMTP)",
    failed: "fejlede",
  },
  errors: {
    notFoundTitle: "Siden findes ikke",
    notFoundText:
      "Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.",
    forbiddenTitle: "Ingen adgang",
    forbiddenText: "Du har ikke adgang til denne side. Kontakt sekretariatet, hvis du mener, det er en fejl.",
    errorTitle: "Der opstod en fejl",
    errorText: "Noget gik galt hos os. Prøv igen om lidt.",
    errorId: "Fejl-id: {id}",
    tryAgain: "Prøv igen",
    backHome: "Gå til forsiden",
    generic: "Noget gik galt. Prøv igen. Fejl-id: {id}",
    conflict:
      "Sagen er ændret, siden du åbnede siden – af en anden, i en anden fane eller ved et dobbeltklik. Intet er " +
      "gemt. Genindlæs siden for at se ændringen.",
    staleForm: "Formularen mangler sagens udgave. Genindlæs siden, og prøv igen.",
    validation: "Der er fejl i formularen.",
  },
  // Login security (issue 10, points 8, 9, 11, 13): lockout, unlock link, single sign-on refusals.
  loginLock: {
    locked:
      "Kontoen er midlertidigt låst efter for mange mislykkede loginforsøg. Vi har sendt et link til din e-mail, " +
      "som låser den op. Du kan også bede en administrator om hjælp.",
    ssoRefused:
      "Du kunne ikke logges ind med enkeltlogin. Din e-mailadresse skal være bekræftet hos udbyderen og høre til en " +
      "bruger her. Kontakt sekretariatet.",
    mailSubject: "Lås din Lokalpulje-konto op",
    mailIntro:
      "Der har været mange mislykkede forsøg på at logge ind på din konto, så den er låst midlertidigt. Åbn linket " +
      "for at låse den op (det virker én gang i 24 timer):",
    mailOutro: "Var det ikke dig, så skift gerne din adgangskode, og giv sekretariatet besked.",
    unlockTitle: "Lås kontoen op",
    unlockIntro: "Tryk på knappen for at låse din konto op, så du kan logge ind igen.",
    unlockSubmit: "Lås kontoen op",
    unlocked: "Kontoen er låst op. Du kan logge ind nu.",
    unlockFailed:
      "Linket virker ikke. Det er måske brugt eller udløbet. Prøv at logge ind igen, eller kontakt en administrator.",
    usersLoginColumn: "Login",
    usersLocked: "Låst efter for mange loginforsøg",
    usersUnlock: "Lås op",
  },
  accessibility: {
    title: "Tilgængelighedserklæring",
    body:
      "Lokalpulje er bygget til at overholde WCAG 2.1 niveau AA, som loven om tilgængelighed af offentlige organers " +
      "websteder og mobilapplikationer kræver. Alle sider testes automatisk med axe ved hver ændring, kan betjenes " +
      "med tastatur og kan læses på en telefon.",
    contact:
      "Oplever du en tilgængelighedsfejl, så skriv til sekretariatet for dit lokaludvalg. Du kan også klage til " +
      "Digitaliseringsstyrelsen.",
  },
  // Privacy of the public site and visit photos (issue 10, points 17–20).
  privacy: {
    title: "Privatlivspolitik",
    body:
      "Når du søger en pulje, behandler vi de oplysninger, du giver os (navn, e-mail, telefon og ansøgningens " +
      "indhold), for at behandle din ansøgning. Oplysningerne er kun synlige for sekretariatet og udvalget og " +
      "slettes efter de gældende regler for opbevaring. Du kan bede om indsigt i og udlevering af dine oplysninger.",
  },
  // Issue 10, points 4 and 10 (projects helper): what a project save may change, and the importer's limits.
} as const;
