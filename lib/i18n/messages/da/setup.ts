// Issue 12: installation. Danish is the source language: every key exists here first.
export const setupMessages = {
  installation: {
    title: "Installation",
  },
};
