// Owned by Grant letters and payments (issue 14): namespace "letters", namespace "payments".
export const lettersMessages = {
  letters: {
    title: "Grant letter",
  },
  payments: {
    title: "Payments",
  },
};
