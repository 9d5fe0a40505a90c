// Owned by the meetings issue (13): namespace "minutes" (a group may add more namespaces).
export const minutesMessages = {
  minutes: {},
};
