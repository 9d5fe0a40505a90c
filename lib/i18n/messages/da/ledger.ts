// Owned by The pool ledger and the committee's own projects' money (issue 14): namespace "ledger", namespace "projectMoney".
export const ledgerMessages = {
  ledger: {
    title: "Puljeregnskab",
  },
};
