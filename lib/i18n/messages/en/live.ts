// Owned by the meetings issue (13): namespace "meetingLive" (a group may add more namespaces).
import type { Widen } from "../types";
import type { liveMessages as da } from "../da/live";

export const liveMessages: Widen<typeof da> = {
  meetingLive: {
    errorSummary: "{count, plural, one {There is # error in the decision} other {There are # errors in the decision}}",
    delegatedNote: "The secretariat decides under delegation",
    atMeetingNote: "The committee decides at a meeting. Put the case on an agenda under Meetings.",
    meetingsLink: "Meetings",
    errors: {
      notDelegated: "This is decided at a meeting: the call is not delegated to the secretariat",
      notOnAgenda: "The case is not on this meeting's agenda",
      closed: "The minutes are approved: no more decisions can be taken at this meeting",
      notDecisionItem: "The item is not a decision item",
      notFreeItem: "The item has a case: write the decision in the case's form",
      notEndable: "The meeting has already been held",
      projectNotRecommended: "The project is not recommended to the committee",
      outcomeRequired: "Choose a decision",
      yearsRequired: "Split the amount over at least one funds year",
      yearsSum: "The years' amounts must add up to the total",
      yearTwice: "Each year may appear only once",
      yearsWithoutAmount: "A decision without an amount has no years",
      tooManyYears: "At most 10 years",
      votesInvalid: "Write a whole number of votes",
      tooManyVotes: "More votes than voting members present",
      aboveRequestConfirm: "Confirm that the amount is above what was applied for",
      aboveRequestReason: "Say why the amount is above what was applied for",
      poolRequired: "Choose the pool the money comes from",
      textRequired: "Write the decision",
      tooLong: "The text is too long",
    },
  },
};
