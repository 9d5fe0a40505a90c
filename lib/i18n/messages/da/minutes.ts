// Owned by the meetings issue (13): namespace "minutes" (a group may add more namespaces).
export const minutesMessages = {
  minutes: {},
  minutesText: {
    body: {
      LOKALUDVALG: "Lokaludvalget",
      STYREGRUPPE: "Styregruppen",
      OMRAADEFORNYELSE: "Styregruppen",
      OTHER: "Udvalget",
    },
    outcome: {
      GRANT: "{body} bevilgede op til {amount}",
      PARTIAL_GRANT:
        "{body} bevilgede op til {amount}{hasRequested, select, yes { af de ansøgte {requested}} other {}}",
      REFUSAL: "{body} gav afslag",
      POSTPONED: "{body} udsatte sagen",
      APPROVED: "{body} godkendte projektet med op til {amount}",
      SCALED_DOWN:
        "{body} godkendte projektet i en mindre udgave med op til {amount}" +
        "{hasRequested, select, yes { af de budgetterede {requested}} other {}}",
    },
    fundsYear: "Budgetår {year}.",
    year: "{amount} af budgetår {year}",
    yearConditional: "{amount} af budgetår {year} (betinget af budgettet for {year})",
    years: "Fordelt på budgetår: {years}.",
    aboveRequest: "Beløbet er højere end ansøgt: {reason}",
    conditions: "Vilkår: {conditions}",
    reasons: "Begrundelse: {reasons}",
    reasonsWithheld: "Begrundelsen vedrører en person og offentliggøres ikke.",
    votes: "Afstemning: {for} for, {against} imod, {abstain} undlod at stemme.",
  },
};
