// Owned by the meetings issue (13): namespace "minutes" (a group may add more namespaces).
import type { Widen } from "../types";
import type { minutesMessages as da } from "../da/minutes";

export const minutesMessages: Widen<typeof da> = {
  minutes: {},
  minutesText: {
    body: {
      LOKALUDVALG: "The local committee",
      STYREGRUPPE: "The steering group",
      OMRAADEFORNYELSE: "The steering group",
      OTHER: "The committee",
    },
    outcome: {
      GRANT: "{body} granted up to {amount}",
      PARTIAL_GRANT:
        "{body} granted up to {amount}{hasRequested, select, yes { of the {requested} applied for} other {}}",
      REFUSAL: "{body} refused the application",
      POSTPONED: "{body} postponed the case",
      APPROVED: "{body} approved the project with up to {amount}",
      SCALED_DOWN:
        "{body} approved a smaller project with up to {amount}" +
        "{hasRequested, select, yes { of the {requested} budgeted} other {}}",
    },
    fundsYear: "Funds year {year}.",
    year: "{amount} from funds year {year}",
    yearConditional: "{amount} from funds year {year} (conditional on the budget for {year})",
    years: "Split over funds years: {years}.",
    aboveRequest: "The amount is above what was applied for: {reason}",
    conditions: "Conditions: {conditions}",
    reasons: "Reasons: {reasons}",
    reasonsWithheld: "The reasons concern a person and are not published.",
    votes: "Vote: {for} for, {against} against, {abstain} abstained.",
  },
};
