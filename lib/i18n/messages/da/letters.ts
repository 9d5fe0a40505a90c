// Owned by Grant letters and payments (issue 14): namespace "letters", namespace "payments".
export const lettersMessages = {
  letters: {
    title: "Tilsagnsbrev",
    moneyTitle: "Tilsagn og udbetaling",
    errorSummary: "Der {count, plural, one {er # fejl} other {er # fejl}} i tilsagnsbrevet",
    draftTitle: "Udkast til tilsagnsbrevet",
    draftIntro: "Brevet skrives ud fra afgørelsen. Ret betingelser, frist og forskud, og send det til {email}.",
    conditions: "Betingelser",
    conditionsHint: "Afgørelsens betingelser. Står i brevet som de skrives her.",
    accountsDueOn: "Frist for regnskab",
    accountsDueOnHint: "Som standard {months, plural, one {# måned} other {# måneder}} efter aktivitetens afslutning.",
    payAdvance: "Udbetal forskud på {amount} ved accept",
    noAdvancePool: "Puljen udbetaler ikke forskud.",
    send: "Send tilsagnsbrevet",
    sent: "Tilsagnsbrevet er sendt.",
    sentOn: "Sendt {date} af {name}.",
    acceptedOn: "Accepteret {date} af {name}.",
    notAccepted: "Ansøger har endnu ikke accepteret tilsagnet.",
    letterAsSent: "Brevet som sendt",
    pdf: "Tilsagnsbrevet som PDF",
    alreadySent: "Tilsagnsbrevet er allerede sendt.",
    notGranted: "Kun en bevilling får et tilsagnsbrev.",
    notDecided: "Tilsagnsbrevet kan kun sendes, mens bevillingen står som afgjort.",
    dueRequired: "Skriv en frist for regnskabet (dd-mm-åååå).",
    dueInPast: "Fristen skal ligge efter afgørelsen.",
    tooLong: "Teksten er for lang.",
    advance: "Forskud",
    noAdvance: "Intet forskud",
    amount: "Bevilget",
    deadline: "Frist for regnskab",
    // The letter itself: written in Danish from these keys when it is sent, and stored as a record.
    letterHeading: "Tilsagn om tilskud",
    letterBody:
      'Kære {name}\n\n{committee} har bevilget op til {amount} til "{title}" ({reference}).\n\n' +
      "{hasConditions, select, yes {Betingelser for tilskuddet:\n{conditions}\n\n} other {}}" +
      "Regnskab og evaluering skal være sekretariatet i hænde senest {due}.\n" +
      "{hasAdvance, select, yes {Når I har accepteret tilsagnet, udbetales et forskud på {advance}. Resten " +
      "udbetales, når regnskabet er godkendt.} other {Tilskuddet udbetales, når regnskabet er godkendt.}}\n\n" +
      "Regler for tilskuddet:\n" +
      "- Penge, der ikke bruges til projektet, går tilbage til puljen.\n" +
      "- Sekretariatet kan ved stikprøve bede om kvitteringer for udgifterne.\n" +
      "- {auditor, select, yes {Tilskuddet er på {limit} eller derover: regnskabet skal have en revisors " +
      "erklæring.} other {Et tilskud på {limit} eller derover kræver en revisors erklæring.}}\n\n" +
      "Accepter tilsagnet via jeres personlige link. Tilsagnet bortfalder, hvis regnskabet ikke kommer.",
    mailSubject: "Tilsagn: {reference} – {title}",
    mailBody:
      "{letter}\n\n{hasLink, select, yes {Jeres personlige link: {link}} " +
      "other {Brug det personlige link fra jeres kvittering.}}",
    // The applicant's side.
    applicantTitle: "Jeres tilsagn",
    acceptTitle: "Accepter tilsagnet",
    acceptIntro: "Skriv dit navn for at acceptere tilsagnet og betingelserne på vegne af ansøger.",
    acceptName: "Dit fulde navn",
    accept: "Jeg accepterer tilsagnet",
    accepted: "Tak. Tilsagnet er accepteret.",
    alreadyAccepted: "Tilsagnet er allerede accepteret.",
    notAcceptable: "Tilsagnet kan ikke accepteres nu.",
    nameRequired: "Skriv dit navn.",
    acceptErrorSummary: "Der {count, plural, one {er # fejl} other {er # fejl}} i accepten",
    // The grant's life, step by step.
    stepsTitle: "Bevillingens forløb",
    steps: {
      decided: "Afgjort",
      letterSent: "Tilsagnsbrev sendt",
      accepted: "Accepteret",
      advancePaid: "Forskud udbetalt",
      accountsSubmitted: "Regnskab modtaget",
      accountsApproved: "Regnskab godkendt",
      paid: "Slutudbetalt",
      repayment: "Tilbagebetaling krævet",
      closed: "Afsluttet",
      lapsed: "Bortfaldet",
    },
    stepBy: "{date} · {name}",
    stepPending: "Ikke endnu",
    notes: {
      letterSent: "Tilsagnsbrev sendt",
      accepted: "Tilsagn accepteret af {name}",
    },
    dashboard: {
      accountsMissing: "{count, plural, one {# regnskab mangler} other {# regnskaber mangler}}",
      accountsToReview:
        "{count, plural, one {# regnskab venter på gennemgang} other {# regnskaber venter på gennemgang}}",
      answersAwaited:
        "{count, plural, one {# ansøger skal svare på en forespørgsel} " +
        "other {# ansøgere skal svare på en forespørgsel}}",
      lettersToSend: "{count, plural, one {# tilsagnsbrev skal sendes} other {# tilsagnsbreve skal sendes}}",
      paymentsToApprove: "{count, plural, one {# udbetaling skal godkendes} other {# udbetalinger skal godkendes}}",
      title: "Økonomi",
      open: "Åbn",
      step: "Trin",
    },
  },
  payments: {
    releaseNote: "Ikke brugt ved afregningen",
    notes: {
      advance: "Forskud udbetalt ({amount})",
      final: "Slutudbetaling ({amount})",
      repaymentClaim: "Tilbagebetaling krævet ({amount})",
      repaymentReceived: "Tilbagebetaling modtaget ({amount})",
      closed: "Bevillingen afsluttet",
    },
    title: "Udbetalinger",
    errorSummary: "Der {count, plural, one {er # fejl} other {er # fejl}} i udbetalingen",
    none: "Ingen udbetalinger endnu.",
    kinds: {
      ADVANCE: "Forskud",
      FINAL: "Slutudbetaling",
      REPAYMENT: "Tilbagebetaling",
      FULL: "Udbetaling",
      RETURN: "Retur",
    },
    row: "{kind}: {amount}, betalt {date}, konto-ref. {reference}, godkendt af {name}",
    amount: "Beløb",
    amountHint: "Beregnet af systemet; det beregnes igen, når du godkender.",
    paidOn: "Betalt den",
    reference: "Kontoreference",
    referenceHint: "Bilags- eller posteringsnummer i økonomisystemet.",
    note: "Note (valgfri)",
    payAdvance: "Udbetal forskud",
    payFinal: "Udbetal slutbeløb",
    claimRepayment: "Kræv tilbagebetaling",
    repaymentReceived: "Tilbagebetaling modtaget",
    closeGrant: "Afslut bevillingen",
    advanceTitle: "Forskud",
    finalTitle: "Slutafregning",
    repaymentTitle: "Tilbagebetaling",
    settlement:
      "Udgifter {expenses} − indtægter {income} − afvist {rejected} = {net}. Skyldes: {owed} (højst bevillingen " +
      "{granted}). Forskud udbetalt: {advance}.",
    finalIs: "Slutudbetaling: {amount}. Ikke brugt, går tilbage til puljen: {release}.",
    repaymentIs:
      "Forskuddet overstiger det skyldige: ansøger skal betale {amount} tilbage. Går tilbage til puljen: {release}.",
    repaymentOwed: "Ansøger skal betale {amount} tilbage.",
    closeIntro: "Sagen er afregnet. Afslut bevillingen, når alt er på plads.",
    done: "Udbetalingen er registreret.",
    closed: "Bevillingen er afsluttet.",
    referenceRequired: "Skriv kontoreferencen.",
    paidOnRequired: "Skriv betalingsdatoen (dd-mm-åååå).",
    amountInvalid: "Skriv beløbet i kroner, fx 4.000.",
    amountNegative: "Beløbet kan ikke være negativt.",
    amountAboveGrant: "Beløbet er større end bevillingen.",
    amountAboveOwed: "Beløbet er større end udgifter minus indtægter, fratrukket forskuddet.",
    amountMismatch: "Beløbet svarer ikke til det beregnede. Genindlæs siden og prøv igen.",
    alreadyApproved: "Udbetalingen er allerede godkendt.",
    wrongStep: "Bevillingen står ikke på det trin, hvor denne udbetaling kan godkendes.",
    noAdvance: "Tilsagnsbrevet giver intet forskud.",
    noRepayment: "Forskuddet overstiger ikke det skyldige: der er intet at kræve tilbage.",
    repaymentNeeded: "Forskuddet overstiger det skyldige: kræv tilbagebetaling i stedet.",
    fourEyes:
      "Fire øjne: den, der godkendte regnskabet, kan ikke også godkende slutudbetalingen eller kravet om " +
      "tilbagebetaling. En anden i sekretariatet skal godkende.",
    fourEyesNote: "Fire øjne gælder: regnskabet blev godkendt af {name}, som ikke kan godkende udbetalingen.",
    fourEyesSetting: "Fire øjne på udbetalinger: den, der godkender et regnskab, kan ikke godkende udbetalingen",
    approvedBy: "godkendt af {name}",
  },
};
