import type { Widen } from "../types";
import type { committeeMessages as da } from "../da/committees";

export const committeeMessages: Widen<typeof da> = {
  committeesAdmin: {
    title: "Committees",
  },
};
