// Issue 12: committeesAdmin. Danish is the source language: every key exists here first.
export const committeeMessages = {
  committeesAdmin: {
    title: "Udvalg",
  },
};
