// Owned by the meetings issue (13): namespace "meetingLive" (a group may add more namespaces).
export const liveMessages = {
  meetingLive: {},
};
