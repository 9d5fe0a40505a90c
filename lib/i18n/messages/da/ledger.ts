// Owned by issue 14's ledger helper: namespaces "ledger", "projectMoney".
export const ledgerMessages = {
  ledger: {
    title: "Puljeregnskab",
  },
  projectMoney: {
    title: "Forbrug",
  },
};
