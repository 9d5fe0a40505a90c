// Issue 12: the installation's settings and its first run. Danish is the source language: every key exists here first.
export const setupMessages = {
  installation: {
    title: "Installation",
    intro: "Installationens egne indstillinger. De gælder alle udvalg og alle servere, der deler databasen.",
    name: "Navn i sidehovedet",
    nameHint: 'Fx "Lokalpulje – Københavns Kommune".',
    publicUrl: "Offentlig adresse",
    publicUrlHint:
      "Adressen borgerne bruger, fx https://lokalpulje.kk.dk. Links i mails, feeds og sitemap bygges af den. " +
      "Tom: serverens PUBLIC_URL ({fallback}).",
    mailFrom: "Afsender på mails",
    mailFromHint: "Fx: Lokaludvalgene '<'lokaludvalg@kk.dk'>'. Tom: serverens MAIL_FROM.",
    retentionMonths: "Opbevaring af ansøgeres persondata (måneder)",
    retentionMonthsHint: "Så længe gemmes ansøgeres navne og kontaktoplysninger efter en sag er afsluttet (6–240).",
    requireTotpForStaff: "Kræv to-trins-login (autentificeringsapp) for administratorer og sekretariat",
    save: "Gem indstillinger",
    saved: "Indstillingerne er gemt.",
    errorSummary: "{count, plural, one {Der er # fejl i indstillingerne} other {Der er # fejl i indstillingerne}}",
    nameRequired: "Skriv installationens navn.",
    tooLong: "Teksten er for lang.",
    publicUrlInvalid:
      "Skriv en adresse, der begynder med https:// eller http://, uden sti (fx https://lokalpulje.kk.dk).",
    mailFromInvalid: "Skriv en e-mailadresse, evt. med navn: Navn '<'adresse@domæne.dk'>'.",
    retentionInvalid: "Skriv et helt antal måneder fra 6 til 240.",
    setup: {
      title: "Opsæt Lokalpulje",
      intro:
        "Velkommen. Du er den første administrator. Giv installationen et navn, og vælg din adgangskode. " +
        "Bagefter opretter du udvalgene og inviterer folk.",
      introBound: "Vælg din adgangskode til {email}. Du bliver administrator af installationen.",
      installationName: "Installationens navn",
      installationNameHint: 'Vises i sidehovedet, fx "Lokalpulje – Københavns Kommune".',
      yourName: "Dit navn",
      email: "Din e-mail",
      password: "Adgangskode",
      passwordHint: "Mindst 12 tegn. En sætning er let at huske og svær at gætte.",
      repeatPassword: "Gentag adgangskoden",
      submit: "Opret installationen",
      submitBound: "Gem adgangskoden",
      errorSummary: "{count, plural, one {Der er # fejl i opsætningen} other {Der er # fejl i opsætningen}}",
      done: "Installationen er oprettet. Log ind med din e-mail og adgangskode.",
      unusable: "Linket kan ikke bruges",
      help:
        "Et nyt opsætningslink vises, når serveren startes (npm start), så længe ingen administrator er oprettet. " +
        "En driftsansvarlig kan også oprette en administrator: npm run admin:create -- --email navn@kommune.dk",
    },
    link: {
      used: "Linket er allerede brugt.",
      expired: "Linket er udløbet. Et opsætningslink gælder i 24 timer.",
      unknown: "Linket findes ikke. Kontrollér, at hele linket er kopieret.",
    },
    alreadySetUp: "Installationen har allerede en administrator. Log ind, eller bed administratoren om en invitation.",
    personNameRequired: "Skriv dit navn.",
    emailInvalid: "Skriv en gyldig e-mailadresse.",
    emailTaken:
      "Der findes allerede en bruger med den e-mail. Brug npm run admin:create for at gøre den til administrator.",
    dashboard: {
      title: "Installationen",
      noCommittees: "Der er ingen udvalg endnu. Opret det første udvalg, og invitér sekretariat og medlemmer.",
      committees: "Udvalg",
      settings: "Installationens indstillinger",
    },
  },
};
