// Owned by the meetings issue (13): namespace "meetings" (a group may add more namespaces).
import type { Widen } from "../types";
import type { meetingsMessages as da } from "../da/meetings";

export const meetingsMessages: Widen<typeof da> = {
  meetings: {},
};
