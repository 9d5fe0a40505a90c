// Owned by the meetings issue (13): namespace "meetings" (a group may add more namespaces).
export const meetingsMessages = {
  meetings: {},
};
