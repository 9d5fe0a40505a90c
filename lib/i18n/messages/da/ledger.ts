// Owned by issue 14's ledger helper: namespace "ledger".
export const ledgerMessages = {
  ledger: {
    title: "Puljeregnskab",
    intro: "Budget, bevilget, udbetalt og disponibelt for hver pulje og hvert finansår i dine udvalg.",
    noPools: "Der er ingen puljer i dine udvalg.",
    poolHeading: "{pool} ({committee})",
    yearsOf: "Finansår i {pool}",
    year: "Finansår",
    yearTitle: "{pool} {year}",
    pageTitle: "Puljeregnskab: {pool} {year}",
    back: "Alle puljer",
    budget: "Budget",
    committed: "Bevilget",
    conditional: "Heraf betinget",
    conditionalHint: "Betingede bevillinger af et senere års midler, som afhænger af det års budget.",
    released: "Tilbageført",
    paid: "Udbetalt",
    outstanding: "Mangler at blive udbetalt",
    available: "Disponibelt",
    figures: "Tal for {year}",
    movements: "Bevægelser",
    noMovements: "Ingen bevægelser endnu.",
    date: "Dato",
    kind: "Art",
    reference: "Reference",
    description: "Beskrivelse",
    amount: "Beløb",
    kinds: {
      budget: "Budget",
      commitment: "Bevilling",
      release: "Tilbageførsel",
      payment: "Udbetaling",
      return: "Tilbagebetaling",
    },
    conditionalMark: "betinget",
    hiddenCase: "En sag, du er erklæret inhabil i",
    signNote:
      "Budgetrækker viser ændringen (en nedskæring er negativ); de andre beløb er positive, " +
      "og arten siger, hvilken vej pengene gik.",
    csv: "Hent bevægelserne som CSV",
    chartTitle: "Budget, bevilget og udbetalt måned for måned i {year}",
    chartAlt:
      "Graf over {year}. Ved årets udgang: budget {budget}, " +
      "bevilget efter tilbageførsler {committed}, udbetalt {paid}.",
    chartTable: "Tallene bag grafen, ved udgangen af hver måned",
    month: "Måned",
    committedNet: "Bevilget (efter tilbageførsler)",
    budgetHeading: "Budget og ændringer",
    history: "Budgettets historik",
    poolAdmin: "Puljens indstillinger",
    overCommit:
      "Beløbet overstiger det disponible på {year} ({available}). " +
      "Sæt flueben i »Gem alligevel«, hvis det skal gemmes alligevel.",
    overCommitConfirm: "Sæt flueben i »Gem alligevel« for at gemme beløbet, selv om det overstiger det disponible.",
    overCommitLabel: "Gem alligevel",
  },
};
