// Owned by the meetings issue (13): namespace "meetingLive" (a group may add more namespaces).
import type { Widen } from "../types";
import type { liveMessages as da } from "../da/live";

export const liveMessages: Widen<typeof da> = {
  meetingLive: {},
};
