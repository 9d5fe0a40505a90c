// Owned by issue 14's ledger helper: namespaces "ledger", "projectMoney".
export const ledgerMessages = {
  ledger: {
    title: "Pool ledger",
  },
  projectMoney: {
    title: "Spending",
  },
};
