// Owned by Scheduled work and reminders (issue 14): namespace "jobs", namespace "reminders".
export const jobsMessages = {
  jobs: {
    title: "Planlagte job",
  },
  reminders: {
    title: "Påmindelser",
  },
};
