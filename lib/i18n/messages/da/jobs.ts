// Owned by Scheduled work and reminders (issue 14): namespace "jobs", namespace "reminders".
export const jobsMessages = {
  jobs: {
    title: "Planlagte job",
    intro:
      "Påmindelser og bortfald køres hver morgen og sletningen af persondata hver nat af jobkøen i databasen. " +
      "En påmindelse sendes kun én gang, " +
      "også når et job køres igen eller af flere servere på én gang.",
    disabled: "Jobkøen er slået fra på denne server (JOBS_ENABLED=0). Job sat i kø køres af en anden server.",
    unavailable: "Jobkøen er ikke startet endnu, så der er ingen kørsler at vise.",
    schedulesTitle: "Køreplan",
    kind: "Job",
    schedule: "Kører",
    lastRun: "Seneste kørsel",
    never: "Ikke kørt endnu",
    runNow: "Kør nu",
    queued: "Jobbet er sat i kø og køres om et øjeblik.",
    recentTitle: "Seneste kørsler",
    failedTitle: "Fejlede kørsler",
    noRuns: "Ingen kørsler endnu.",
    noFailed: "Ingen fejlede kørsler.",
    started: "Startet",
    finished: "Afsluttet",
    state: "Status",
    result: "Resultat",
    error: "Fejl",
    sent: "{count, plural, one {# sendt} other {# sendt}}",
    anonymised: "{count, plural, one {# sag anonymiseret} other {# sager anonymiseret}}",
    states: {
      created: "I kø",
      retry: "Prøves igen",
      active: "Kører",
      completed: "Gennemført",
      cancelled: "Annulleret",
      failed: "Fejlet",
    },
    cron: {
      accounts: "Hver dag kl. 6.00",
      lapse: "Hver dag kl. 6.15",
      scoring: "Hver dag kl. 6.30",
      portrait: "Hver dag kl. 6.45",
      statusReports: "Hver dag kl. 7.00",
      retention: "Hver nat kl. 2.30",
    },
  },
  reminders: {
    portraitDueDay: "Månedens portræt senest den",
    portraitDueDayHint:
      "Dag i måneden (1–28). Sekretariatet får en påmindelse, hvis månedens portræt mangler. Tom: ingen portrætter.",
    portraitDueDayInvalid: "Skriv en dag fra 1 til 28, eller lad feltet stå tomt.",
    scoringDeadline: "Frist for pointgivning",
    scoringDeadlineHint: "Medlemmer, der mangler at give point, får en påmindelse 3 dage før. Dansk tid.",
    title: "Påmindelser",
    kinds: {
      accounts: "Regnskaber: snart og for sent",
      lapse: "Bortfald af tilsagn",
      scoring: "Frist for pointgivning",
      portrait: "Månedens portræt",
      statusReports: "Projekternes statusrapporter",
      retention: "Sletning af persondata i afsluttede sager",
    },
    reportKinds: {
      STATUS: "Statusrapport",
      MIDTERM_EVALUATION: "Midtvejsevaluering",
      FINAL_EVALUATION: "Slutevaluering",
    },
    accountsDueSoon: {
      subject: "Husk regnskabet for {title} senest {due}",
      body:
        "Kære {name}\n\nRegnskabet for {title} ({reference}) skal sendes til {committee} senest {due}.\n\n" +
        "Brug linket i tilsagnsbrevet, eller log ind på {url}.\n\nVenlig hilsen\n{committee}",
    },
    accountsOverdue: {
      subject: "Regnskabet for {title} er ikke modtaget",
      body:
        "Kære {name}\n\nVi har ikke modtaget regnskabet for {title} ({reference}), som skulle være sendt senest " +
        "{due}.\n\nSend det inden 14 dage. Ellers bortfalder tilsagnet, og et udbetalt forskud skal betales " +
        "tilbage.\n\nBrug linket i tilsagnsbrevet, eller log ind på {url}.\n\nVenlig hilsen\n{committee}",
    },
    accountsAnswer: {
      subject: "Sekretariatet venter på jeres svar om regnskabet for {title}",
      body:
        "Kære {name}\n\nDen {asked} bad vi om mere til regnskabet for {title} ({reference}):\n\n{request}\n\n" +
        "Vi har ikke fået jeres svar endnu. Brug linket i tilsagnsbrevet, eller log ind på {url}.\n\n" +
        "Venlig hilsen\n{committee}",
    },
    lapse: {
      subject: "Tilsagnet til {title} er bortfaldet",
      body:
        "Kære {name}\n\nVi har ikke modtaget regnskabet for {title} ({reference}) efter påmindelsen, og " +
        "tilsagnet er derfor bortfaldet. Pengene går tilbage til puljen.\n\nVenlig hilsen\n{committee}",
      note: "Tilsagnet bortfaldt: intet regnskab 14 dage efter påmindelsen.",
    },
    lapseClaim: {
      subject: "Forskuddet til {title} skal betales tilbage",
      body:
        "Kære {name}\n\nVi har ikke modtaget regnskabet for {title} ({reference}) efter påmindelsen. Det " +
        "udbetalte forskud på {amount} skal derfor betales tilbage. Sekretariatet kontakter jer om " +
        "tilbagebetalingen.\n\nVenlig hilsen\n{committee}",
      note: "Intet regnskab 14 dage efter påmindelsen: forskuddet på {amount} kræves tilbage.",
    },
    scoring: {
      subject: "Frist for pointgivning {deadline}: {call}",
      body:
        "Du mangler at give point til {count, plural, one {# ansøgning} other {# ansøgninger}} i {call}. " +
        "Fristen er {deadline}.\n\n{url}",
    },
    portrait: {
      subject: "Månedens portræt mangler: {committee}",
      body: "{committee} har endnu ikke et portræt for {month}.\n\n{url}",
    },
    reportDueSoon: {
      subject: "{kindLabel} for {project} skal skrives senest {due}",
      body: "Projektets plan sætter fristen til {due}.\n\n{url}",
    },
    reportOverdue: {
      subject: "{kindLabel} for {project} er forsinket",
      body: "Fristen var {due}, og rapporten er endnu ikke skrevet.\n\n{url}",
    },
    projectReports: {
      title: "Statusrapporter og evalueringer",
      none: "Der er ingen rapporter endnu.",
      due: "Frist {date}",
      submitted: "Skrevet {date}",
      period: "Periode",
      states: {
        submitted: "Skrevet",
        planned: "Planlagt",
        dueSoon: "Frist snart",
        overdue: "Forsinket",
      },
      planTitle: "Planlæg en rapport",
      kind: "Slags",
      dueOn: "Frist",
      plan: "Tilføj planlagt rapport",
      planned: "Rapporten er planlagt.",
      writeTitle: "Skriv rapporten",
      periodText: "Periode (fx 1. halvår 2026)",
      text: "Rapport",
      published: "Vis rapporten på den offentlige side",
      write: "Gem rapporten",
      written: "Rapporten er gemt.",
      errorSummary: "Der {count, plural, one {er # fejl} other {er # fejl}} i rapporten",
      dueOnRequired: "Skriv en frist.",
      kindRequired: "Vælg slags.",
      textRequired: "Skriv rapporten.",
      textTooLong: "Rapporten er for lang (højst 20.000 tegn).",
      periodTooLong: "Perioden er for lang (højst 200 tegn).",
    },
  },
};
