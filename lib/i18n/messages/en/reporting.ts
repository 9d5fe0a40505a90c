// Owned by issue 14's reporting helper: namespaces "reporting", "accountsReview", "spotChecks".
export const reportingMessages = {
  reporting: {
    title: "Reporting back",
  },
  accountsReview: {
    title: "Accounts",
  },
  spotChecks: {
    title: "Spot checks",
  },
};
