// Issue 12: people. Danish is the source language: every key exists here first.
export const peopleMessages = {
  people: {
    title: "Brugere",
  },
};
