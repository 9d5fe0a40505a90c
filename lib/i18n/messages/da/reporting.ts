// Owned by issue 14's reporting helper: namespaces "reporting", "accountsReview", "spotChecks".
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
