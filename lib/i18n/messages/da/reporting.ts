// Owned by Reporting back, the secretariat's review and spot checks (issue 14): namespace "reporting", namespace "accountsReview", namespace "spotChecks".
export const reportingMessages = {
  reporting: {
    title: "Afrapportering",
  },
  accountsReview: {
    title: "Regnskab",
  },
  spotChecks: {
    title: "Stikprøver",
  },
};
