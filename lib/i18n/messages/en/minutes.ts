// Owned by the meetings issue (13): namespace "minutes" (a group may add more namespaces).
import type { Widen } from "../types";
import type { minutesMessages as da } from "../da/minutes";

export const minutesMessages: Widen<typeof da> = {
  minutes: {},
};
